import { TIME_ZONE } from '../../../../i18n/locales';

/** Today's date in Copenhagen as `YYYY-MM-DD` (the calendar the API checks dates against). */
export function copenhagenToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
