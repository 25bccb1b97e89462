import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { emailRefusal, found, looksLikeEmail, requiredRefusal } from './validation';

const t = ((key: string) => key) as unknown as TFunction;

describe('form checks', () => {
  it('tells an empty address from a malformed one', () => {
    expect(emailRefusal('', t)).toBe('common.required');
    expect(emailRefusal('  ', t)).toBe('common.required');
    expect(emailRefusal('bad-email', t)).toBe('validation.email');
    expect(emailRefusal('jasen.oulu@example.org', t)).toBeUndefined();
    expect(looksLikeEmail('a b@example.org')).toBe(false);
  });

  it('keeps only the fields refused', () => {
    expect(found({ email: requiredRefusal('', t), name: requiredRefusal('Aino', t) })).toEqual({ email: 'common.required' });
  });
});
