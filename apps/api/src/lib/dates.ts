import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

export const TIME_ZONE = 'Europe/Copenhagen';

/** Today's calendar date in Copenhagen, as `YYYY-MM-DD`. */
export function copenhagenToday(now: Date): string {
  return format(new TZDate(now.getTime(), TIME_ZONE), 'yyyy-MM-dd');
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A `@db.Date` column value (midnight UTC) as `YYYY-MM-DD`. Lists call this for every date of every
 * row, so it reads the parts rather than cut Date#toISOString, which costs several times as much.
 */
export function toIsoDate(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/** `YYYY-MM-DD` to the Date Prisma stores in a `@db.Date` column. */
export function fromIsoDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/**
 * Whole years between a date of birth and a calendar date, both `YYYY-MM-DD`: the difference of the
 * years, less one before the birthday (compared as `MM-DD`, so a 29 February birthday comes on
 * 1 March in other years).
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return Math.max(0, onDate.slice(5) < dateOfBirth.slice(5) ? years - 1 : years);
}

/** A calendar date as Danish messages write it: `YYYY-MM-DD` → `3.11.2026`. */
export function danishDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}
