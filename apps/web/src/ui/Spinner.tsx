/** DKFDS spinner; purely visual, pair it with a status text. */
export function Spinner({ size = 'small' }: { size?: 'small' | 'large' }) {
  return <span className={size === 'small' ? 'spinner spinner-small' : 'spinner'} aria-hidden="true" />;
}
