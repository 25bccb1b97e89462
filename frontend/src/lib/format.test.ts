import { describe, expect, it, vi } from 'vitest';

// The formatters take their locales from the i18n set-up, which sets the page's `lang`.
vi.hoisted(() => {
  Object.assign(globalThis, { document: { documentElement: {} } });
});

import { formatDateTime, formatDateTimeRange, formatTimeRange, zoneSuffix } from './format';

const LANGUAGES = ['fi', 'sv', 'nb', 'en'] as const;
const winter = '2026-11-23T07:05:00Z';

describe('zoneSuffix', () => {
  it('names nothing when the zone keeps the reader’s clock', () => {
    expect(zoneSuffix(new Date(winter), 'Europe/Helsinki', 'Europe/Helsinki')).toBe('');
    // Another zone with the same offset at that moment reads the same.
    expect(zoneSuffix(new Date(winter), 'Europe/Tallinn', 'Europe/Helsinki')).toBe('');
    expect(zoneSuffix(new Date(winter), undefined, 'Europe/Helsinki')).toBe('');
  });

  it('names another zone by its offset from UTC, daylight saving included', () => {
    expect(zoneSuffix(new Date(winter), 'Europe/Oslo', 'Europe/Helsinki')).toBe(' UTC+1');
    expect(zoneSuffix(new Date('2026-07-01T10:00:00Z'), 'Europe/Oslo', 'Europe/Helsinki')).toBe(' UTC+2');
    expect(zoneSuffix(new Date(winter), 'Europe/Helsinki', 'Europe/Oslo')).toBe(' UTC+2');
    expect(zoneSuffix(new Date(winter), 'America/St_Johns', 'Europe/Oslo')).toBe(' UTC\u22123:30');
    expect(zoneSuffix(new Date(winter), 'Etc/UTC', 'Europe/Oslo')).toBe(' UTC');
  });
});

describe('formatDateTime and formatDateTimeRange', () => {
  it('name a zone the same way in every language, never by an abbreviation', () => {
    for (const language of LANGUAGES) {
      const text = formatDateTime(winter, language, 'Europe/Helsinki', 'Europe/Oslo');
      expect(text, language).toMatch(/09[.:]05 UTC\+2$/);
      const range = formatDateTimeRange(winter, '2026-11-23T09:05:00Z', language, 'Europe/Helsinki', 'Europe/Oslo');
      expect(range, language).toMatch(/9[.:]05–11[.:]05 UTC\+2$/);
      expect(`${text} ${range}`, language).not.toMatch(/EET|CET|GMT/);
    }
  });

  it('leave the zone out for a reader in it', () => {
    expect(formatDateTime(winter, 'fi', 'Europe/Helsinki', 'Europe/Helsinki')).toBe('23.11.2026 klo 09.05');
    expect(formatDateTime(winter, 'en', 'Europe/Helsinki', 'Europe/Helsinki')).toBe('23/11/2026, 09:05');
  });
});

describe('formatTimeRange', () => {
  it('writes opening hours with the language’s own time format', () => {
    expect(formatTimeRange('09:00', '15:00:00', 'fi')).toBe('09.00–15.00');
    expect(formatTimeRange('09:00', '15:00', 'sv')).toBe('09.00–15.00');
    expect(formatTimeRange('09:00', '15:00', 'nb')).toBe('09:00–15:00');
    expect(formatTimeRange('09:00', '14:30', 'en')).toBe('09:00–14:30');
  });

  it('keeps a time it cannot read as it is', () => {
    expect(formatTimeRange('', '15:00', 'fi')).toBe('–15.00');
  });
});
