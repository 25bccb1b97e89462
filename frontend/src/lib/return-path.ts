// Where sign-in returns to: the page a signed-out reader was sent from. Only a path of this site
// is taken (never another origin, `//host` or `/\host`), so a crafted link cannot send someone
// off-site after they sign in.
import { paths } from '@/config/paths';

/** The sign-in page's parameter that carries the page to come back to. */
export const RETURN_PARAM = 'return';

/** `target` if it is a path on this site (other than sign-in itself), else null. */
export function safeReturnPath(target: string | null | undefined): string | null {
  if (!target?.startsWith('/') || target.startsWith('//') || /[\\\s]/.test(target)) return null;
  let url: URL;
  try {
    url = new URL(target, 'https://verkosto.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'https://verkosto.invalid' || url.pathname === paths.signIn) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `from` (a path on this site) afterwards. */
export function signInPath(from: string): string {
  const target = safeReturnPath(from);
  return target ? `${paths.signIn}?${new URLSearchParams({ [RETURN_PARAM]: target }).toString()}` : paths.signIn;
}
