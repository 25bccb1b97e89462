// Signing in applies the profile's preferred language, and only when the profile has one.
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { session } from '@/lib/session';

import { startSession } from './start-session';

const { setLanguage } = vi.hoisted(() => ({ setLanguage: vi.fn(() => Promise.resolve()) }));
vi.mock('@/lib/i18n', () => ({
  setLanguage,
  isAppLanguage: (value: unknown) => typeof value === 'string' && ['fi', 'sv', 'nb', 'en'].includes(value),
}));

const tokens = { accessToken: 'access', expiresIn: 900 };

describe('startSession', () => {
  beforeEach(() => {
    session.end();
    setLanguage.mockClear();
  });

  it("starts the session and switches to the person's preferred language", async () => {
    await startSession({ ...tokens, viewer: { id: 'p1', language: 'SV' } });
    expect(session.signedIn()).toBe(true);
    expect(session.accessToken()).toBe('access');
    expect(setLanguage).toHaveBeenCalledExactlyOnceWith('sv');
  });

  it('keeps the language in use when the profile has none', async () => {
    await startSession({ ...tokens, viewer: { id: 'p1', language: null } });
    expect(session.signedIn()).toBe(true);
    expect(setLanguage).not.toHaveBeenCalled();
  });
});
