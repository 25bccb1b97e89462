import { describe, expect, it } from 'vitest';

import { slugify, slugProblem, suggestedSlug } from './slug';

const none = { fi: '', sv: '', nb: '', en: '' };

describe('address names', () => {
  it('are made as the API makes them', () => {
    expect(slugify('Kaakkois-Suomi')).toBe('kaakkois-suomi');
    expect(slugify('Pohjois-Pohjanmaa ')).toBe('pohjois-pohjanmaa');
    expect(slugify('Møre og Romsdal')).toBe('more-og-romsdal');
    expect(slugify('Etelä-Savo (testi)')).toBe('etela-savo-testi');
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
