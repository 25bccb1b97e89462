import { describe, expect, it } from 'vitest';

import { fold, matchesWords } from './text-filter';

describe('fold', () => {
  it('drops case and diacritics', () => {
    expect(fold('Päihdepalvelut Åland')).toBe('paihdepalvelut aland');
  });
});

describe('matchesWords', () => {
  it('needs every word, in any order and case', () => {
    expect(matchesWords('Oulun vankila, Oulu', 'oulu vank')).toBe(true);
    expect(matchesWords('Oulun vankila, Oulu', 'vankila kuopio')).toBe(false);
  });

  it('matches without diacritics and with an empty query', () => {
    expect(matchesWords('Ylä-Savon päihdepalvelut', 'yla paihde')).toBe(true);
    expect(matchesWords('Anything', '  ')).toBe(true);
  });
});
