import { TIME_ZONE } from './locales';

/** Today's date in Copenhagen as `YYYY-MM-DD`, the latest date a recorded event may carry (the calendar the API checks dates against). */
export function copenhagenToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
