// A new password asked twice, as every form that sets one asks for it (accepting an invitation,
// a reset link, one's account): the length hint and the API's error at the first field, a
// mistyped repeat at the second.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/field';

/** The two fields' values and whether the last check found them different. */
export interface NewPassword {
  password: string;
  repeat: string;
  mismatch: boolean;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  /** Whether the two agree; when they do not, the repeat field says so. */
  confirmed: () => boolean;
  /** Empties both, after the password was set. */
  clear: () => void;
}

export function useNewPassword(): NewPassword {
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    repeat,
    mismatch,
    setPassword,
    setRepeat,
    confirmed: () => {
      setMismatch(password !== repeat);
      return password === repeat;
    },
    clear: () => {
      setPassword('');
      setRepeat('');
      setMismatch(false);
    },
  };
}

interface NewPasswordFieldsProps {
  state: NewPassword;
  label: string;
  repeatLabel: string;
  /** The API's refusal of the password (too short, too long). */
  error?: string | undefined;
}

export function NewPasswordFields({ state, label, repeatLabel, error }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={label}
        hint={t('invitation.passwordHint')}
        type="password"
        autoComplete="new-password"
        value={state.password}
        onChange={(e) => {
          state.setPassword(e.target.value);
        }}
        error={error}
      />
      <TextField
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        value={state.repeat}
        onChange={(e) => {
          state.setRepeat(e.target.value);
        }}
        error={state.mismatch ? t('invitation.mismatch') : undefined}
      />
    </>
  );
}
