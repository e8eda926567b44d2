import sprite from 'dkfds/dist/img/all-svg-icons.svg?url';

/**
 * DKFDS icons the shared `ui/Icon` does not list yet (its `IconName` is closed). Decorative:
 * the text beside the icon carries the meaning. Drop this when `ui/Icon` takes these names.
 */
export type AdminIconName = 'close' | 'success' | 'print' | 'info';

export function AdminIcon({ name, className }: { name: AdminIconName; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} aria-hidden="true" focusable="false">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
