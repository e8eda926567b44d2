export const SUPPORTED_LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'da';
export const LANGUAGE_STORAGE_KEY = 'inddrag.language';

/** All times are stored in UTC and shown as the municipality sees them. */
export const TIME_ZONE = 'Europe/Copenhagen';

const INTL_LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function toLanguage(lng: string | undefined): Language {
  const base = lng?.split('-')[0];
  return SUPPORTED_LANGUAGES.find((l) => l === base) ?? DEFAULT_LANGUAGE;
}

/** The BCP 47 locale for Intl and react-aria: `da-DK` or `en-GB`. */
export function toIntlLocale(lng: string | undefined): string {
  return INTL_LOCALES[toLanguage(lng)];
}
