/** The query parameter that carries where to go after logging in: `/login?naeste=/sager/…`. */
export const NEXT_PARAM = 'naeste';
export const LOGIN_PATH = '/login';

const MAX_LENGTH = 2000;
// Only used to resolve the candidate; any other origin after resolving means it left our site.
const BASE = 'https://inddrag.invalid';

/**
 * Where the login page may send the user afterwards: only a path on this site (`/sager?q=x`).
 * Anything that could leave the site — `//evil.example`, `/\evil.example`, `https://…`,
 * `javascript:…` — or that points back at the login page gives null (use the default).
 */
export function sanitizeNext(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_LENGTH) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  // Control characters and backslashes are how browsers get talked into other origins.
  if ([...raw].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname === LOGIN_PATH || url.pathname.startsWith(`${LOGIN_PATH}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/login?naeste=<path+search>` for the page the user was on (or wanted to open). */
export function loginPathFor(location: { pathname: string; search?: string; hash?: string }): string {
  const target = sanitizeNext(`${location.pathname}${location.search ?? ''}${location.hash ?? ''}`);
  if (!target || target === '/') return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ [NEXT_PARAM]: target }).toString()}`;
}
