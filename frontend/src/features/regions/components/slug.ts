// A region's address name (slug), as the API makes it from the name when none is given.
import type { Country } from '@/gql/graphql';
import type { AppLanguage } from '@/lib/i18n';

/** The languages in the order a name is taken from, after the country's own. */
const ORDER: readonly AppLanguage[] = ['fi', 'sv', 'nb', 'en'];

/** Letters of their own (no letter with a mark) that the API spells in a–z. */
const SPELLED: Record<string, string> = { ø: 'o', æ: 'a', đ: 'd', ŋ: 'n', ŧ: 't', ł: 'l', ß: 'ss' };

/**
 * An address name made from `name` as the API makes it: lower-case a–z, digits and hyphens,
 * accents and other marks dropped (ä → a, č → c).
 */
export function slugify(name: string): string {
  let slug = '';
  const letters = name.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const c of letters) {
    if (/^[a-z0-9]$/.test(c)) slug += c;
    else if (SPELLED[c] !== undefined) slug += SPELLED[c];
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
