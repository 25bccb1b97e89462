import { describe, expect, it } from 'vitest';

import { isOpenAt, localClock, todayIn, type Hours } from './opening-hours';

const weekdays: Hours = {
  weekly: [
    { day: 'MON', opens: '09:00:00', closes: '16:00:00' },
    { day: 'FRI', opens: '09:00', closes: '12:00' },
  ],
  exceptions: [{ date: '2026-12-07', closed: true }],
};

describe('isOpenAt', () => {
  it('reads the clock in the service time zone, not the browser one', () => {
    // Monday 2026-11-23 06:30 UTC is 08:30 in Helsinki (closed) and 07:30 in Oslo.
    expect(isOpenAt(weekdays, 'Europe/Helsinki', new Date('2026-11-23T06:30:00Z'))).toBe(false);
    // 07:30 UTC is 09:30 in Helsinki (open) but 08:30 in Oslo (closed).
    expect(isOpenAt(weekdays, 'Europe/Helsinki', new Date('2026-11-23T07:30:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, 'Europe/Oslo', new Date('2026-11-23T07:30:00Z'))).toBe(false);
  });

  it('closes at the closing minute', () => {
    expect(isOpenAt(weekdays, 'Europe/Helsinki', new Date('2026-11-23T13:59:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, 'Europe/Helsinki', new Date('2026-11-23T14:00:00Z'))).toBe(false);
  });

  it('lets an exception for the date win over the weekly hours', () => {
    expect(isOpenAt(weekdays, 'Europe/Helsinki', new Date('2026-12-07T10:00:00Z'))).toBe(false);
  });

  it('knows the local weekday across midnight', () => {
    // Sunday 22:30 UTC is already Monday 00:30 in Helsinki.
    expect(localClock(new Date('2026-11-22T22:30:00Z'), 'Europe/Helsinki')).toEqual({
      date: '2026-11-23',
      day: 'MON',
      time: '00:30',
    });
  });
});

describe('todayIn', () => {
  it('is the calendar day in the zone, whatever the day in UTC', () => {
    expect(todayIn('Europe/Helsinki', new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    expect(todayIn('Europe/Oslo', new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-22');
  });

  it('falls back to the browser zone for a name that is no zone', () => {
    expect(todayIn('Not/AZone', new Date('2026-06-15T12:00:00Z'))).toMatch(/^2026-06-1[45]$/);
  });
});
