import { describe, expect, it } from 'vitest';

import shared from '../../../../../crates/domain/testdata/slugs.json?raw';

import { slugify, slugProblem, suggestedSlug } from './slug';

/** The cases the API's `slugify` is tested on too. */
const cases = (JSON.parse(shared) as { cases: [string, string][] }).cases;

const none = { fi: '', sv: '', nb: '', en: '' };

describe('address names', () => {
  it('are made as the API makes them', () => {
    expect(cases.length).toBeGreaterThan(10);
    for (const [name, slug] of cases) expect(slugify(name), name).toBe(slug);
  });

  it('come from the name in the country’s language first', () => {
    const names = { ...none, fi: 'Uusimaa', sv: 'Nyland', nb: 'Nylandet' };
    expect(suggestedSlug(names, 'FI')).toBe('uusimaa');
    expect(suggestedSlug(names, 'NO')).toBe('nylandet');
    expect(suggestedSlug({ ...none, en: 'Lapland' }, 'FI')).toBe('lapland');
  });

  it('typed by hand, are refused unless written as the API writes them', () => {
    expect(slugProblem('')).toBeNull();
    expect(slugProblem('uusimaa-2')).toBeNull();
    expect(slugProblem('Uusimaa 2')).toEqual({ kind: 'invalid', suggestion: 'uusimaa-2' });
    expect(slugProblem('a'.repeat(101))).toEqual({ kind: 'tooLong' });
  });
});
