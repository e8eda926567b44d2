import { TIME_ZONE } from '../../../i18n/locales';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Copenhagen's calendar date and wall-clock time: `{ date: '2026-12-03', time: '15:00' }`. */
export function copenhagenParts(iso: string): { date: string; time: string } {
  const map = Object.fromEntries(parts.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return { date: `${map.year}-${map.month}-${map.day}`, time: `${map.hour}:${map.minute}` };
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetAt(ms: number): number {
  const { date, time } = copenhagenParts(new Date(ms).toISOString());
  const wall = Date.parse(`${date}T${time}:00Z`);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** A Copenhagen date and wall-clock time as an ISO instant in UTC (`2026-12-03`, `15:00` → `2026-12-03T14:00:00.000Z`). */
export function copenhagenToIso(date: string, time: string): string {
  const wall = Date.parse(`${date}T${time}:00Z`);
  let instant = wall - offsetAt(wall) * 60_000;
  // Near a change to or from summer time the first guess can sit on the other side of it.
  instant = wall - offsetAt(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** `YYYY-MM-DD` plus days, in calendar terms. */
export function plusDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
