// Changing one's password: the current one, the new one twice. The API signs the person out
// of every other session; this one stays, and says so.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
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
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);
  const [result, change] = useMutation(ChangePasswordMutation);
  const { byField, general } = splitProblems(result.error, ['currentPassword', 'newPassword']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setChanged(false);
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    const answer = await change({ currentPassword: current, newPassword: next });
    if (!answer.data?.changePassword) return;
    setCurrent('');
    setNext('');
    setRepeat('');
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
        <TextField
          label={t('account.newPassword')}
          hint={t('invitation.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => {
            setNext(e.target.value);
          }}
          error={byField.newPassword}
        />
        <TextField
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => {
            setRepeat(e.target.value);
          }}
          error={mismatch ? t('invitation.mismatch') : undefined}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('account.changePassword')}
        </button>
        <div role="status">{changed ? <p className="notice">{t('account.passwordChanged')}</p> : null}</div>
      </form>
    </section>
  );
}
