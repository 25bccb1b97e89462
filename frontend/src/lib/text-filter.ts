// Narrowing a list as one types: case and diacritics do not matter, every word must occur.

/** Lower case without diacritics, so "paihde" and "Päihde" compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether every word of `query` occurs somewhere in `text` (an empty query matches all). */
export function matchesWords(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
