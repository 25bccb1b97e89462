// The invitation link (`/invitation/:token`): see what it is for, choose a password, and sign in.
// A new account takes the language the page is read in as its preferred one; an existing account
// signs in to its own.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { TextField } from '@/components/field';
import { NewPasswordFields, useNewPassword } from '@/components/new-password-fields';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { startSession } from '@/lib/start-session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignedIn } from '@/lib/use-session';

import { AcceptInvitationMutation, InvitationPreviewQuery } from '../api/sign-in';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: InvitationPreviewQuery, variables: { token, language } });

  if (data && !data.invitation) {
    return (
      <section className="narrow">
        <h1>{t('invitation.title')}</h1>
        <p role="alert">{t('invitation.unknown')}</p>
      </section>
    );
  }
  return (
    <QueryState fetching={fetching} error={error} data={data?.invitation}>
      {(invitation) => <AcceptForm token={token} invitation={invitation} />}
    </QueryState>
  );
}

interface Preview {
  email: string;
  name: string;
  role?: 'COORDINATOR' | 'MEMBER' | null;
  status: 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';
  expiresAt: string;
  accountExists: boolean;
  region: { id: string; name: string };
}

function AcceptForm({ token, invitation }: { token: string; invitation: Preview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const language = useApiLanguage();
  const [name, setName] = useState(invitation.name);
  const password = useNewPassword();
  const [result, accept] = useMutation(AcceptInvitationMutation);
  const { byField, general } = splitProblems(result.error, ['name', 'password']);
  const needsPassword = !invitation.accountExists;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (needsPassword && !password.confirmed()) return;
    const answer = await accept(needsPassword ? { token, name, password: password.password, language } : { token });
    if (answer.data) {
      await startSession(answer.data.acceptInvitation);
      void navigate(paths.region(invitation.region.id));
    }
  };

  return (
    <section className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>
        {t('invitation.intro', {
          region: invitation.region.name,
          role: t(`enums.role.${invitation.role ?? 'MEMBER'}`),
        })}
      </p>
      {invitation.status !== 'PENDING' ? (
        <p role="alert">{t(`invitation.status.${invitation.status}`)}</p>
      ) : invitation.accountExists && !signedIn ? (
        <p>
          {t('invitation.signInFirst', { email: invitation.email })}{' '}
          <Link to={paths.signIn} state={{ from: paths.invitation(token) }}>
            {t('nav.signIn')}
          </Link>
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('invitation.expires', { at: format.dateTime(invitation.expiresAt) })}</p>
          <Problems problems={general} />
          <p>
            {t('invitation.email')}: <strong>{invitation.email}</strong>
          </p>
          {needsPassword ? (
            <>
              <TextField
                label={t('invitation.name')}
                autoComplete="name"
                value={name}
                onChange={(e) => {
                  setName(e.target.value);
                }}
                error={byField.name}
              />
              <NewPasswordFields
                state={password}
                label={t('invitation.password')}
                repeatLabel={t('invitation.repeat')}
                error={byField.password}
              />
            </>
          ) : null}
          <button type="submit" className="primary" disabled={result.fetching}>
            {t('invitation.accept')}
          </button>
        </form>
      )}
    </section>
  );
}
