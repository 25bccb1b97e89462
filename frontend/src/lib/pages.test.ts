import { describe, expect, it } from 'vitest';

import { followPages, type Page } from './pages';

const page = (ids: string[], endCursor: string | null): Page<{ id: string }> => ({
  nodes: ids.map((id) => ({ id })),
  pageInfo: { hasNextPage: endCursor !== null, endCursor },
});

const first = page(['a', 'b'], 'b');
const loaded = new Map([
  ['b', page(['c', 'd'], 'd')],
  ['d', page(['e'], null)],
]);

describe('followPages', () => {
  it('shows the first page only until more are asked for', () => {
    expect(followPages(first, loaded, 0)).toMatchObject({ items: [{ id: 'a' }, { id: 'b' }], wanted: [], next: 'b', loading: false });
  });

  it('follows each end cursor and ends where there is no next page', () => {
    const chain = followPages(first, loaded, Infinity);
    expect(chain.items.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(chain.wanted).toEqual(['b', 'd']);
    expect(chain.pages.map((p) => p.after)).toEqual(['b', 'd']);
    expect(chain.next).toBeNull();
    expect(chain.loading).toBe(false);
  });

  it('stops at the first page not loaded yet', () => {
    const chain = followPages(first, new Map([['b', page(['c', 'd'], 'd')]]), 3);
    expect(chain.items.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(chain.wanted).toEqual(['b', 'd']);
    expect(chain.next).toBe('d');
    expect(chain.loading).toBe(true);
  });

  it('shows an item once when the list moved between two pages', () => {
    const moved = new Map([['b', page(['b', 'c'], null)]]);
    expect(followPages(first, moved, 1).items.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('stops at a cursor it met before instead of going round', () => {
    const loop = new Map([['b', page(['c'], 'b')]]);
    const chain = followPages(first, loop, Infinity);
    expect(chain.items.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(chain.next).toBeNull();
  });

  it('has nothing before the first page comes', () => {
    expect(followPages(undefined, loaded, Infinity)).toMatchObject({ items: [], wanted: [], next: null, loading: false });
  });
});
