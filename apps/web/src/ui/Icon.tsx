import sprite from 'dkfds/dist/img/all-svg-icons.svg?url';

/** Names of DKFDS icons used in the app (symbols in dkfds/dist/img/all-svg-icons.svg). */
export type IconName = 'error' | 'warning' | 'info' | 'success' | 'search' | 'chevron-left' | 'person';

/** A decorative DKFDS icon; the text next to it carries the meaning. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} aria-hidden="true" focusable="false">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
