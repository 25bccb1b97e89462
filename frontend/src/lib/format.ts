// Dates, times and numbers through Intl, for the interface language. A time in a region's or a
// service's time zone names the zone only when it differs from the reader's own, and then the same
// way in every language: as its offset from UTC ("UTC+1"), not as an abbreviation that only some
// languages have ("EET").
import { useTranslation } from 'react-i18next';

import { LOCALES, isAppLanguage } from '@/lib/i18n';

function locale(language: string): string {
  return isAppLanguage(language) ? LOCALES[language] : LOCALES.fi;
}

/** A calendar date (`2026-11-23`, no time zone) as the reader writes dates. */
export function formatDate(date: string, language: string): string {
  const [y, m, d] = date.split('-').map(Number);
  // Noon UTC shown in UTC: the same calendar day whatever the browser's zone.
  const value = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    value,
  );
}

/** The calendar day of an instant, in the reader's time zone. */
export function formatDateOf(instant: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(new Date(instant));
}

/** The reader's own time zone (the browser's). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `timeZone`'s offset from UTC at `instant`, as `+02:00` (`''` for UTC itself). */
function offsetOf(instant: Date, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  return (name ?? 'GMT').replace(/^GMT/, '');
}

/**
 * How a time in `timeZone` names its zone for a reader in `viewerZone`: nothing when the two
 * clocks agree at `instant`, else the offset, the same in every language (`UTC+1`, `UTC−3:30`).
 */
export function zoneSuffix(instant: Date, timeZone: string | undefined, viewerZone: string = localTimeZone()): string {
  if (!timeZone) return '';
  const offset = offsetOf(instant, timeZone);
  if (offset === offsetOf(instant, viewerZone)) return '';
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) return ' UTC';
  const [, sign, hours, minutes] = match;
  if (Number(hours) === 0 && minutes === '00') return ' UTC';
  return ` UTC${sign === '-' ? '\u2212' : '+'}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** An instant as date and time in `timeZone` (the region's; else the reader's), naming the zone when it is not the reader's. */
export function formatDateTime(instant: string, language: string, timeZone?: string, viewerZone?: string): string {
  const value = new Date(instant);
  const text = new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(value);
  return text + zoneSuffix(value, timeZone, viewerZone);
}

/** A meeting's start and end in `timeZone` (the region's), with the weekday, naming the zone when it is not the reader's. */
export function formatDateTimeRange(start: string, end: string, language: string, timeZone: string, viewerZone?: string): string {
  const from = new Date(start);
  const text = new Intl.DateTimeFormat(locale(language), {
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).formatRange(from, new Date(end));
  return text + zoneSuffix(from, timeZone, viewerZone);
}

/** A wall-clock time of day (`09:00`, `14:30:00`, no date or zone) as the reader writes times ("9.00" in Finnish). */
export function formatTimeOfDay(time: string, language: string): string {
  const [h, m] = time.split(':').map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return time;
  // The time on a fixed day in UTC, shown in UTC: no zone or daylight saving moves it.
  const value = new Date(Date.UTC(2000, 0, 3, h, m));
  return new Intl.DateTimeFormat(locale(language), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(value);
}

/** An opening period (`09:00`–`15:00`) in the reader's time format. */
export function formatTimeRange(opens: string, closes: string, language: string): string {
  return `${formatTimeOfDay(opens, language)}–${formatTimeOfDay(closes, language)}`;
}

/** A whole number with the reader's digit grouping. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** A language's name (`fi` → "suomi") in the reader's language; the code itself when unknown. */
export function formatLanguageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([locale(language)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Formatters bound to the current interface language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return {
    date: (date: string) => formatDate(date, language),
    dateOf: (instant: string) => formatDateOf(instant, language),
    dateTime: (instant: string, timeZone?: string) => formatDateTime(instant, language, timeZone),
    dateTimeRange: (start: string, end: string, timeZone: string) => formatDateTimeRange(start, end, language, timeZone),
    timeRange: (opens: string, closes: string) => formatTimeRange(opens, closes, language),
    number: (value: number) => formatNumber(value, language),
    languageName: (code: string) => formatLanguageName(code, language),
  };
}
