// A forgotten password (`/forgot-password`): ask for a link by e-mail. The answer is the same
// whether or not the address has an account, and the page says so.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { splitProblems } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';

import { RequestPasswordResetMutation } from '../api/password-reset';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.forgotTitle'));
  const location = useLocation();
  const [email, setEmail] = useState((location.state as { email?: string } | null)?.email ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [result, request] = useMutation(RequestPasswordResetMutation);
  const { byField, general } = splitProblems(result.error, ['email']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const answer = await request({ email });
    if (answer.data?.requestPasswordReset) setSentTo(email.trim());
  };

  return (
    <section className="narrow">
      <h1>{t('passwordReset.forgotTitle')}</h1>
      {sentTo ? (
        <div role="status" className="notice">
          <p>{t('passwordReset.sent', { email: sentTo })}</p>
          <p>
            <Link to={paths.signIn}>{t('passwordReset.backToSignIn')}</Link>
          </p>
        </div>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('passwordReset.forgotIntro')}</p>
          <Problems problems={general} />
          <TextField
            label={t('signIn.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
            }}
            error={byField.email}
          />
          <button type="submit" className="primary" disabled={result.fetching}>
            {t('passwordReset.send')}
          </button>
        </form>
      )}
    </section>
  );
}
