import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { toIntlLocale } from './i18n/locales';

/** Data cache, and react-aria's locale (da-DK / en-GB) following the chosen language. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={toIntlLocale(i18n.resolvedLanguage)}>{children}</I18nProvider>
    </QueryClientProvider>
  );
}
