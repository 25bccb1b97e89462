// i18next set up with the four languages; the choice is remembered in this browser's localStorage.
// Signing in switches to the person's preferred language from their profile (lib/start-session.ts).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './en';
import { fi } from './fi';
import { nb } from './nb';
import { sv } from './sv';

/** The app's languages, Finnish first (the default). */
export const LANGUAGES = ['fi', 'sv', 'nb', 'en'] as const;
export type AppLanguage = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'verkosto.language';

/** Each language's own name, for the switcher. */
export const LANGUAGE_NAMES: Record<AppLanguage, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  en: 'English',
};

/** The BCP 47 locale used for Intl formatting in each language. */
export const LOCALES: Record<AppLanguage, string> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  nb: 'nb-NO',
  en: 'en-GB',
};

export function isAppLanguage(value: unknown): value is AppLanguage {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): AppLanguage {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAppLanguage(value) ? value : 'fi';
  } catch {
    return 'fi';
  }
}

/** Switches the interface language and remembers it. */
export async function setLanguage(language: AppLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

/** The current interface language. */
export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18next.language) ? i18next.language : 'fi';
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: {
    fi: { translation: fi },
    sv: { translation: sv },
    nb: { translation: nb },
    en: { translation: en },
  },
  lng: storedLanguage(),
  fallbackLng: 'fi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export { i18next };
