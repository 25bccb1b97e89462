// Changing one's password: the current one, the new one twice. The API signs the person out
// of every other session; this one stays, and says so.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { NewPasswordFields, useNewPassword } from '@/components/new-password-fields';
import { Problems } from '@/components/problems';
import { splitProblems } from '@/lib/errors';

import { ChangePasswordMutation } from '../api/account';

interface PasswordFormProps {
  /** The sign-in address, for password managers. */
  email: string;
}

export function PasswordForm({ email }: PasswordFormProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const next = useNewPassword();
  const [changed, setChanged] = useState(false);
  const [result, change] = useMutation(ChangePasswordMutation);
  const { byField, general } = splitProblems(result.error, ['currentPassword', 'newPassword']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setChanged(false);
    if (!next.confirmed()) return;
    const answer = await change({ currentPassword: current, newPassword: next.password });
    if (!answer.data?.changePassword) return;
    setCurrent('');
    next.clear();
    setChanged(true);
  };

  return (
    <section aria-labelledby="password">
      <h2 id="password">{t('account.password')}</h2>
      <p>{t('account.passwordIntro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className="narrow">
        <Problems problems={general} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
          }}
          error={byField.currentPassword}
        />
        <NewPasswordFields
          state={next}
          label={t('account.newPassword')}
          repeatLabel={t('account.repeatPassword')}
          error={byField.newPassword}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('account.changePassword')}
        </button>
        <div role="status">{changed ? <p className="notice">{t('account.passwordChanged')}</p> : null}</div>
      </form>
    </section>
  );
}
