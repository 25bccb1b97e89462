// Sign in with e-mail and password; wrong credentials are told at the password field. Signing in
// switches to the person's preferred language, if they have one (lib/start-session.ts), and goes
// back to the page that sent the reader here (`?return=` or the link's state), if on this site.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';

import { TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { splitProblems } from '@/lib/errors';
import { RETURN_PARAM, safeReturnPath } from '@/lib/return-path';
import { startSession } from '@/lib/start-session';
import { useDocumentTitle } from '@/lib/use-document-title';

import { SignInMutation } from '../api/sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const from =
    safeReturnPath(params.get(RETURN_PARAM)) ?? safeReturnPath((location.state as { from?: string } | null)?.from) ?? paths.home;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInMutation);
  const { byField, general } = splitProblems(result.error, ['email', 'password']);
  const credentialsRefused = general.some((p) => p.code === 'UNAUTHENTICATED');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const answer = await signIn({ email, password });
    if (answer.data) {
      await startSession(answer.data.login);
      void navigate(from, { replace: true });
    }
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Problems problems={general.filter((p) => p.code !== 'UNAUTHENTICATED')} />
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
        <TextField
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => {
            setPassword(e.target.value);
          }}
          error={byField.password ?? (credentialsRefused ? t('signIn.refused') : undefined)}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword} state={{ email }}>
          {t('passwordReset.forgotLink')}
        </Link>
      </p>
    </section>
  );
}
