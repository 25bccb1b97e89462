// The simple checks forms make before sending, so that every empty or malformed field is told at
// once; the API checks everything again and says the rest at the fields it names.
import type { TFunction } from 'i18next';

/** Whether `text` looks like an e-mail address: something, one @, and a domain with a dot. */
export function looksLikeEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

/** Why an e-mail field is refused (empty, or not an address), if it is. */
export function emailRefusal(text: string, t: TFunction): string | undefined {
  if (!text.trim()) return t('common.required');
  if (!looksLikeEmail(text)) return t('validation.email');
  return undefined;
}

/** Why a required text field is refused (empty or only spaces), if it is. */
export function requiredRefusal(text: string, t: TFunction): string | undefined {
  return text.trim() ? undefined : t('common.required');
}

/** The refusals found, without the fields that passed. */
export function found(refusals: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(refusals).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
