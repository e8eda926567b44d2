import { useTranslation } from 'react-i18next';
import './print.css';

/**
 * "Udskriv kortet": prints the page. Importing this also brings print.css, which prints a page holding
 * the drawing on A4 landscape with the drawing filling the page.
 */
export function PrintButton({ className }: { className?: string }) {
  const { t } = useTranslation('networkMaps');
  return (
    <button
      type="button"
      className={`button button-secondary nm-no-print${className ? ` ${className}` : ''}`}
      onClick={() => window.print()}
    >
      {t('drawing.print')}
    </button>
  );
}
