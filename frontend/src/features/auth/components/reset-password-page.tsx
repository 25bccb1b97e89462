// The link from a password reset mail (`/reset-password/:token`): choose a new password and sign
// in, in the person's preferred language if they have one. A used, expired or unknown link says so
// on opening (and a link that stops working meanwhile, on saving) and offers a new one.
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { NewPasswordFields, useNewPassword } from '@/components/new-password-fields';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { splitProblems } from '@/lib/errors';
import { startSession } from '@/lib/start-session';
import { useDocumentTitle } from '@/lib/use-document-title';

import { PasswordResetLinkQuery, ResetPasswordMutation } from '../api/password-reset';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwordReset.resetTitle'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const password = useNewPassword();
  const [link] = useQuery({ query: PasswordResetLinkQuery, variables: { token } });
  const [result, reset] = useMutation(ResetPasswordMutation);
  const { byField, general } = splitProblems(result.error, ['newPassword', 'token']);
  const state = link.data?.passwordResetLink;
  const refusal = state && state !== 'USABLE' ? t(`passwordReset.link.${state}`) : byField.token;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!password.confirmed()) return;
    const answer = await reset({ token, newPassword: password.password });
    if (answer.data) {
      await startSession(answer.data.resetPassword);
      void navigate(paths.home, { replace: true });
    }
  };

  return (
    <section className="narrow">
      <h1>{t('passwordReset.resetTitle')}</h1>
      {refusal ? (
        <div role="alert" className="problems">
          <p>{refusal}</p>
          <p>
            <Link to={paths.forgotPassword}>{t('passwordReset.askAgain')}</Link>
          </p>
        </div>
      ) : null}
      {state && state !== 'USABLE' ? null : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Problems problems={general} />
          <NewPasswordFields
            state={password}
            label={t('invitation.password')}
            repeatLabel={t('invitation.repeat')}
            error={byField.newPassword}
          />
          <button type="submit" className="primary" disabled={result.fetching}>
            {t('passwordReset.save')}
          </button>
        </form>
      )}
    </section>
  );
}
