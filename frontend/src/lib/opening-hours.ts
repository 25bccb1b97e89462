// Whether a service is open at a moment, in its own time zone (the same rule as the server's
// `hours.rs`: an exception for the date wins; periods never cross midnight).

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

export interface WeeklyPeriod {
  day: Weekday;
  opens: string;
  closes: string;
}

export interface HoursException {
  date: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
}

export interface Hours {
  weekly: readonly WeeklyPeriod[];
  exceptions: readonly HoursException[];
}

/** Monday first, as the weekly hours are listed. */
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'MON',
  Tue: 'TUE',
  Wed: 'WED',
  Thu: 'THU',
  Fri: 'FRI',
  Sat: 'SAT',
  Sun: 'SUN',
};

/** The wall-clock date (`YYYY-MM-DD`), weekday and `HH:MM` of `now` in `timeZone`. */
export function localClock(now: Date, timeZone: string): { date: string; day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    day: SHORT_DAYS[get('weekday')] ?? 'MON',
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** Today's date (`YYYY-MM-DD`) in `timeZone`; in the browser's own zone when `timeZone` is none. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return localClock(now, timeZone).date;
  } catch {
    return localClock(now, Intl.DateTimeFormat().resolvedOptions().timeZone).date;
  }
}

/** `HH:MM[:SS]` cut to `HH:MM`, so that times compare as strings. */
function hm(time: string): string {
  return time.slice(0, 5);
}

/** Whether `hours` are open at `now` in `timeZone`. */
export function isOpenAt(hours: Hours, timeZone: string, now: Date): boolean {
  const { date, day, time } = localClock(now, timeZone);
  const exception = hours.exceptions.find((e) => e.date === date);
  if (exception) {
    if (exception.closed || !exception.opens || !exception.closes) return false;
    return hm(exception.opens) <= time && time < hm(exception.closes);
  }
  return hours.weekly.some((p) => p.day === day && hm(p.opens) <= time && time < hm(p.closes));
}
