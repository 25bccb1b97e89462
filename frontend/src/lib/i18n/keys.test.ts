// Every key the code asks for literally (`t('region.title')`) is in the dictionaries; keys built
// at run time (`enums.channel.${kind}`) are checked up to their last literal part.
import { describe, expect, it } from 'vitest';

import { en } from './en';

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/gql/**', '!/src/**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The value at a dotted path of the dictionary, if any. */
function lookup(path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), en);
}

/** Whether `key` names a string, or (i18next plurals) a string with a `_one`/`_other` suffix. */
function known(key: string): boolean {
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

describe('translation keys', () => {
  const calls = Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(/\bt\(\s*(['`])([A-Za-z][\w.]*?)(\$\{[^`]*)?\1/g)].map((m) => ({ file, key: m[2] ?? '', dynamic: Boolean(m[3]) })),
  );

  it('finds the calls', () => {
    expect(calls.length).toBeGreaterThan(100);
  });

  it('has every literal key and the group of every built one', () => {
    const missing = calls
      .filter(({ key, dynamic }) => (dynamic ? typeof lookup(key.replace(/\.$/, '')) !== 'object' : !known(key)))
      .map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });
});
