import { TIME_ZONE } from './locales';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

const DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** The Copenhagen calendar date of an instant (`2026-03-01T23:30:00Z` → `02.03.2026`). */
export function formatDate(isoInstant: string, locale: string): string {
  return dateFormat(locale, { ...DATE, timeZone: TIME_ZONE }).format(new Date(isoInstant));
}

/** Date and time of an instant in Copenhagen time. */
export function formatDateTime(isoInstant: string, locale: string): string {
  return dateFormat(locale, { ...DATE, ...TIME, timeZone: TIME_ZONE }).format(new Date(isoInstant));
}

/** A calendar date (`YYYY-MM-DD`) as it is, without shifting it through a time zone. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  return dateFormat(locale, { ...DATE, timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}
