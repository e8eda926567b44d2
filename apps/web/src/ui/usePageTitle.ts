import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `document.title` to "<page> – Inddrag", following the chosen language. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
