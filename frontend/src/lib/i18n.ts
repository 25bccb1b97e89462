// The interface languages: Finnish (default), Swedish, Norwegian Bokmål and English; the choice is
// remembered in this browser.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import en from '../config/locales/en.json';
import fi from '../config/locales/fi.json';
import nb from '../config/locales/nb.json';
import sv from '../config/locales/sv.json';

export const LANGUAGES = ['fi', 'sv', 'nb', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];
const KEY = 'verkosto.language';

function remembered(): UiLanguage {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as UiLanguage) : 'fi';
}

void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, nb: { translation: nb }, en: { translation: en } },
  lng: remembered(),
  fallbackLng: 'fi',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

/** Switches the interface language and remembers it. */
export function chooseLanguage(language: UiLanguage): void {
  localStorage.setItem(KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The API's `Language` enum value for the interface language. */
export function apiLanguage(): 'FI' | 'SV' | 'NB' | 'EN' {
  return (i18n.language.toUpperCase() as 'FI' | 'SV' | 'NB' | 'EN') ?? 'FI';
}

export default i18n;
