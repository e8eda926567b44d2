import { TZDate } from '@date-fns/tz';
import { differenceInYears, format } from 'date-fns';

export const TIME_ZONE = 'Europe/Copenhagen';

/** Today's calendar date in Copenhagen, as `YYYY-MM-DD`. */
export function copenhagenToday(now: Date): string {
  return format(new TZDate(now.getTime(), TIME_ZONE), 'yyyy-MM-dd');
}

/** A `@db.Date` column value (midnight UTC) as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` to the Date Prisma stores in a `@db.Date` column. */
export function fromIsoDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** Whole years between a date of birth and a calendar date, both `YYYY-MM-DD`. */
export function ageOn(dateOfBirth: string, onDate: string): number {
  return Math.max(0, differenceInYears(fromIsoDate(onDate), fromIsoDate(dateOfBirth)));
}

/** A calendar date as Danish messages write it: `YYYY-MM-DD` → `3.11.2026`. */
export function danishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}
