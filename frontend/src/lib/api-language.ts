// The API's `Language` enum for the interface language.
import { useTranslation } from 'react-i18next';

import type { Language } from '@/gql/graphql';

const API_LANGUAGE = { fi: 'FI', sv: 'SV', nb: 'NB', en: 'EN' } as const satisfies Record<string, Language>;

/** `FI`, `SV`, `NB` or `EN`, following the interface language. */
export function useApiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language in API_LANGUAGE ? API_LANGUAGE[i18n.language as keyof typeof API_LANGUAGE] : 'FI';
}
