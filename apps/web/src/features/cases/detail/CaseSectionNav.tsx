import { useEffect, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface SectionLink {
  id: string;
  label: string;
}

const same = (a: readonly SectionLink[], b: readonly SectionLink[]) =>
  a.length === b.length && a.every((link, i) => link.id === b[i]?.id && link.label === b[i]?.label);

/** The h2 of each `section.case-section` directly in the container (sections mounted by other features too). */
function readSections(container: HTMLElement): SectionLink[] {
  return Array.from(container.querySelectorAll(':scope > section.case-section')).flatMap((section) => {
    const heading = section.querySelector('h2');
    const label = heading?.textContent?.trim();
    return heading?.id && label ? [{ id: heading.id, label }] : [];
  });
}

/**
 * "På denne side": links to the case page's sections, read from the page itself so that a
 * section another feature mounts appears without changes here. A link moves focus to the
 * section's heading (without going through the router).
 */
export function CaseSectionNav({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation('caseRegister');
  const [links, setLinks] = useState<SectionLink[]>([]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const read = () => {
      const next = readSections(container);
      setLinks((previous) => (same(previous, next) ? previous : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [containerRef]);

  const goTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  };

  if (links.length < 2) return null;
  return (
    <nav className="case-section-nav" aria-label={t('sectionNav.label')}>
      <p className="case-section-nav-label" aria-hidden="true">
        {t('sectionNav.label')}
      </p>
      <ul className="nobullet-list">
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`} onClick={(event) => goTo(event, link.id)}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
