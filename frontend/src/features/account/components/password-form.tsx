// Changing one's password: the current one, the new one twice. The API signs the person out
// of every other session; this one stays, and says so. Every field's error shows at once: an
// empty field, a too-short or mistyped new password are told before sending, and a new password
// refused for its length alone is still sent, so that the API also says whether the current
// password is right (it changes nothing then).
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { NewPasswordFields, outOfRange, useNewPassword } from '@/components/new-password-fields';
import { Problems } from '@/components/problems';
import { splitProblems } from '@/lib/errors';
import { useFocusOnRefusal } from '@/lib/focus';

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
  const [currentMissing, setCurrentMissing] = useState(false);
  // The API's answer shows until the form refuses a submit without sending it.
  const [sent, setSent] = useState(false);
  const [result, change] = useMutation(ChangePasswordMutation);
  const api = splitProblems(sent ? result.error : undefined, ['currentPassword', 'newPassword']);
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setChanged(false);
    const missing = current === '';
    setCurrentMissing(missing);
    const confirmed = next.confirmed();
    const send = !missing && (confirmed || outOfRange(next.password));
    setSent(send);
    if (!send) {
      focusFirstInvalid();
      return;
    }
    const answer = await change({ currentPassword: current, newPassword: next.password });
    if (!confirmed || !answer.data?.changePassword) {
      focusFirstInvalid();
      return;
    }
    setCurrent('');
    next.clear();
    setChanged(true);
  };

  return (
    <section aria-labelledby="password">
      <h2 id="password">{t('account.password')}</h2>
      <p>{t('account.passwordIntro')}</p>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="narrow">
        <Problems problems={api.general} />
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
          }}
          error={currentMissing ? t('common.required') : api.byField.currentPassword}
        />
        <NewPasswordFields
          state={next}
          label={t('account.newPassword')}
          repeatLabel={t('account.repeatPassword')}
          error={api.byField.newPassword}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('account.changePassword')}
        </button>
        <div role="status">{changed ? <p className="notice">{t('account.passwordChanged')}</p> : null}</div>
      </form>
    </section>
  );
}
