import { describe, expect, it } from 'vitest';

import { dateFromToday } from './calendar';

describe('dateFromToday', () => {
  it('counts years and days on the reader’s calendar', () => {
    const today = new Date(2026, 10, 23, 23, 30); // 23 Nov 2026, late in the evening
    expect(dateFromToday({ years: 1 }, today)).toBe('2027-11-23');
    expect(dateFromToday({ days: 1 }, today)).toBe('2026-11-24');
    expect(dateFromToday({}, today)).toBe('2026-11-23');
  });

  it('rolls over the ends of months, years and leap days', () => {
    expect(dateFromToday({ days: 1 }, new Date(2026, 11, 31))).toBe('2027-01-01');
    expect(dateFromToday({ years: 1 }, new Date(2028, 1, 29))).toBe('2029-03-01');
  });
});
