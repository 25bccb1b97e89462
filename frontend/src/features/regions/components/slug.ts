// A region's address name (slug), as the API makes it from the name when none is given.
import type { Country } from '@/gql/graphql';
import type { AppLanguage } from '@/lib/i18n';

/** The languages in the order a name is taken from, after the country's own. */
const ORDER: readonly AppLanguage[] = ['fi', 'sv', 'nb', 'en'];

/** Letters the API folds to a–z. */
const FOLDED: Record<string, string> = { ä: 'a', å: 'a', á: 'a', à: 'a', â: 'a', æ: 'a', ö: 'o', ø: 'o', ó: 'o', ô: 'o', é: 'e', è: 'e', ê: 'e', ü: 'u', ú: 'u' };

/** An address name made from `name` as the API makes it: lower-case a–z, digits and hyphens. */
export function slugify(name: string): string {
  let slug = '';
  for (const raw of name.trim().toLowerCase()) {
    const c = FOLDED[raw] ?? raw;
    if (/^[a-z0-9]$/.test(c)) slug += c;
    else if (slug !== '' && !slug.endsWith('-')) slug += '-';
  }
  return slug.replace(/-+$/, '');
}

/** The address name suggested for a new region: from its name in the country's language, else the first given. */
export function suggestedSlug(names: Record<AppLanguage, string>, country: Country): string {
  const first: AppLanguage = country === 'NO' ? 'nb' : 'fi';
  return slugify([first, ...ORDER].map((l) => names[l].trim()).find(Boolean) ?? '');
}

/** Why an address name typed by hand is refused (`suggestion` is how it would be written), if it is. */
export function slugProblem(slug: string): { kind: 'invalid'; suggestion: string } | { kind: 'tooLong' } | null {
  const given = slug.trim();
  if (given === '') return null;
  if (slugify(given) !== given) return { kind: 'invalid', suggestion: slugify(given) };
  if (given.length > 100) return { kind: 'tooLong' };
  return null;
}
