// A new password asked twice, as every form that sets one asks for it (accepting an invitation,
// a reset link, one's account): the length hint and the error at the first field (an empty or
// too short one is told before sending, the API's otherwise), a mistyped repeat at the second.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { TextField } from '@/components/field';

/** The API's shortest and longest password (`PASSWORD_MIN`, `PASSWORD_MAX` of the domain). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** How many characters the API counts in `text` (code points, not UTF-16 units). */
function characters(text: string): number {
  return Array.from(text).length;
}

/** Whether the API refuses `password` for its length alone (then it changes nothing). */
export function outOfRange(password: string): boolean {
  const length = characters(password);
  return length > 0 && (length < PASSWORD_MIN || length > PASSWORD_MAX);
}

/** The two fields' values and what the last check found wrong with them. */
export interface NewPassword {
  password: string;
  repeat: string;
  mismatch: boolean;
  /** Why the last check refused the password itself (empty, too short or long). */
  refusal: string | undefined;
  setPassword: (value: string) => void;
  setRepeat: (value: string) => void;
  /** Whether the password is long enough and the two agree; the fields say what is wrong. */
  confirmed: () => boolean;
  /** Empties both, after the password was set. */
  clear: () => void;
}

export function useNewPassword(): NewPassword {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>();
  return {
    password,
    repeat,
    mismatch,
    refusal,
    setPassword,
    setRepeat,
    confirmed: () => {
      const length = characters(password);
      const found =
        length === 0
          ? t('common.required')
          : length < PASSWORD_MIN
            ? t('validation.passwordMin', { count: PASSWORD_MIN })
            : length > PASSWORD_MAX
              ? t('validation.passwordMax', { count: PASSWORD_MAX })
              : undefined;
      setRefusal(found);
      setMismatch(password !== repeat);
      return found === undefined && password === repeat;
    },
    clear: () => {
      setPassword('');
      setRepeat('');
      setMismatch(false);
      setRefusal(undefined);
    },
  };
}

interface NewPasswordFieldsProps {
  state: NewPassword;
  label: string;
  repeatLabel: string;
  /** The API's refusal of the password (too short, too long); the form's own comes first. */
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
        error={state.refusal ?? error}
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
