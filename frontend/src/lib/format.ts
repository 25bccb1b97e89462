// Dates, times and numbers through Intl, for the interface language.
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

/** An instant as date and time in `timeZone` (the region's), naming the zone. */
export function formatDateTime(instant: string, language: string, timeZone?: string): string {
  // dateStyle cannot be combined with timeZoneName, so the parts are named one by one.
  return new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone, timeZoneName: 'short' } : {}),
  }).format(new Date(instant));
}

/** A meeting's start and end in `timeZone` (the region's), with the weekday and the zone named. */
export function formatDateTimeRange(start: string, end: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).formatRange(new Date(start), new Date(end));
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
    number: (value: number) => formatNumber(value, language),
    languageName: (code: string) => formatLanguageName(code, language),
  };
}
