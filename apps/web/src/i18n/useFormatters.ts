import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDate, formatDateTime, formatNumber } from './format';
import { toIntlLocale } from './locales';

/** Intl formatters bound to the chosen language, always in Europe/Copenhagen time. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = toIntlLocale(i18n.resolvedLanguage);
  return useMemo(
    () => ({
      locale,
      date: (iso: string) => formatDate(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      calendarDate: (isoDate: string) => formatCalendarDate(isoDate, locale),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
    }),
    [locale],
  );
}
