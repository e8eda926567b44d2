import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/** "Gå til indhold": the first tab stop; moves focus into <main> without changing the URL. */
export function SkipLink() {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <a className="skipnav" href={`#${MAIN_CONTENT_ID}`} onClick={onClick}>
      {t('skipLink')}
    </a>
  );
}
