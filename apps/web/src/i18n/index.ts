import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, SUPPORTED_LANGUAGES, toLanguage } from './locales';
import { defaultNS, namespaces, resources } from './resources';

function syncDocumentLanguage(lng: string | undefined): void {
  document.documentElement.lang = toLanguage(lng);
}

/** Danish by default; a chosen language is remembered in localStorage (never taken from the browser). */
export function setupI18n(): typeof i18n {
  void i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      ns: namespaces,
      defaultNS,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: SUPPORTED_LANGUAGES,
      load: 'languageOnly',
      initAsync: false,
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      showSupportNotice: false,
    });
  syncDocumentLanguage(i18n.resolvedLanguage);
  i18n.on('languageChanged', syncDocumentLanguage);
  return i18n;
}
