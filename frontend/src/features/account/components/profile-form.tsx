// One's own profile: name, job title, organisation and preferred language (the app's language and
// that of mails); saving a language switches the app to it, and signing in applies it again, in
// any browser.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { SelectField, TextField } from '@/components/field';
import { OrganisationPicker } from '@/components/organisation-picker';
import { Problems } from '@/components/problems';
import type { AccountQuery, Language } from '@/gql/graphql';
import { apiLanguage, appLanguage, useApiLanguage } from '@/lib/api-language';
import { splitProblems } from '@/lib/errors';
import { LANGUAGE_NAMES, LANGUAGES, setLanguage } from '@/lib/i18n';

import { UpdateProfileMutation } from '../api/account';

type Person = NonNullable<AccountQuery['viewer']>;

interface ProfileFormProps {
  person: Person;
  organisations: readonly { id: string; name: string; municipality?: string | null }[];
}

export function ProfileForm({ person, organisations }: ProfileFormProps) {
  const { t } = useTranslation();
  const shownLanguage = useApiLanguage();
  const [draft, setDraft] = useState({
    name: person.name,
    title: person.title,
    organisationId: person.organisation?.id ?? '',
    language: person.language ?? shownLanguage,
  });
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(UpdateProfileMutation);
  const { byField, general } = splitProblems(result.error, ['name', 'title', 'organisationId', 'language']);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSaved(false);
    const answer = await update({ id: person.id, input: { ...draft, organisationId: draft.organisationId || null } });
    if (!answer.data) return;
    await setLanguage(appLanguage(draft.language));
    setSaved(true);
  };

  return (
    <section aria-labelledby="profile">
      <h2 id="profile">{t('account.profile')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="narrow">
        <Problems problems={general} />
        <p>
          {t('account.email')}: <strong>{person.email}</strong>
          <br />
          <span className="meta">{t('account.emailHint')}</span>
        </p>
        <TextField
          label={t('invite.name')}
          autoComplete="name"
          value={draft.name}
          onChange={(e) => {
            set('name', e.target.value);
          }}
          error={byField.name}
        />
        <TextField
          label={t('account.jobTitle')}
          autoComplete="organization-title"
          value={draft.title}
          onChange={(e) => {
            set('title', e.target.value);
          }}
          error={byField.title}
        />
        <OrganisationPicker
          organisations={organisations}
          label={t('invite.organisation')}
          none={t('editor.none')}
          value={draft.organisationId}
          onChange={(id) => {
            set('organisationId', id);
          }}
          error={byField.organisationId}
        />
        <SelectField
          label={t('account.language')}
          hint={t('account.languageHint')}
          value={draft.language}
          onChange={(e) => {
            set('language', e.target.value as Language);
          }}
          error={byField.language}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={apiLanguage(l)} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('account.saveProfile')}
        </button>
        <div role="status">{saved ? <p className="notice">{t('account.profileSaved')}</p> : null}</div>
      </form>
    </section>
  );
}
