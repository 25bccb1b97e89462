// Dates, times and numbers for the chosen interface language, through Intl.
import i18n from './i18n';

const LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', nb: 'nb-NO', en: 'en-GB' };

/** The BCP 47 locale of the interface language. */
export function locale(): string {
  return LOCALES[i18n.language] ?? 'fi-FI';
}

/** A date (`2026-11-23` or an instant) like "23.11.2026". */
export function formatDate(value: string, timeZone?: string): string {
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone }).format(date);
}

/** An instant with its time, in `timeZone` (a region's, for meetings). */
export function formatDateTime(value: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(value));
}

/** A count. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}
