// The API's `Language` enum and the interface language, each way.
import { useTranslation } from 'react-i18next';

import type { Language } from '@/gql/graphql';
import { isAppLanguage, type AppLanguage } from '@/lib/i18n';

const API_LANGUAGE = { fi: 'FI', sv: 'SV', nb: 'NB', en: 'EN' } as const satisfies Record<AppLanguage, Language>;

/** `FI`, `SV`, `NB` or `EN` for an interface language. */
export function apiLanguage(language: AppLanguage): Language {
  return API_LANGUAGE[language];
}

/** The interface language for the API's `Language`. */
export function appLanguage(language: Language): AppLanguage {
  const lower = language.toLowerCase();
  return isAppLanguage(lower) ? lower : 'fi';
}

/** `FI`, `SV`, `NB` or `EN`, following the interface language. */
export function useApiLanguage(): Language {
  const { i18n } = useTranslation();
  return isAppLanguage(i18n.language) ? API_LANGUAGE[i18n.language] : 'FI';
}
