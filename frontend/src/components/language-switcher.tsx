// The interface language: a select whose choice is remembered in this browser. It does not change
// the profile's preferred language (the account page does), which applies at the next sign-in.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { LANGUAGE_NAMES, LANGUAGES, isAppLanguage, setLanguage } from '@/lib/i18n';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('nav.language')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const value = event.target.value;
          if (isAppLanguage(value)) void setLanguage(value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
