// The page an invitation link opens: what it is about, then choose a password and accept.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';

import { ErrorMessage, Loading, NotFound } from '../../components/Status';
import { graphql } from '../../gql';
import { ApiError, request } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { apiLanguage } from '../../lib/i18n';
import { useQuery } from '../../lib/useQuery';

const PreviewDocument = graphql(`
  query InvitationPreview($token: String!, $language: Language) {
    invitation(token: $token) {
      email
      name
      role
      status
      accountExists
      region { name(language: $language) }
    }
  }
`);

const AcceptDocument = graphql(`
  mutation AcceptInvitation($token: String!, $name: String, $password: String) {
    acceptInvitation(token: $token, name: $name, password: $password) { accessToken refreshToken }
  }
`);

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { viewer, adopt } = useAuth();
  const navigate = useNavigate();
  const preview = useQuery(PreviewDocument, { token, language: apiLanguage() });
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  if (preview.loading) return <Loading />;
  if (preview.error) return <ErrorMessage error={preview.error} />;
  const invitation = preview.data?.invitation;
  if (!invitation) return <NotFound />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const needsPassword = !invitation.accountExists;
      const data = await request(AcceptDocument, {
        token,
        name: needsPassword ? (name ?? invitation.name) : null,
        password: needsPassword ? password : null,
      });
      await adopt(data.acceptInvitation);
      navigate('/');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL'));
    }
  };

  const role = t(`role.${invitation.role ?? 'MEMBER'}`);
  return (
    <section className="narrow">
      <h1>{t('invitation.title', { region: invitation.region.name })}</h1>
      <p>{t('invitation.intro', { email: invitation.email, role })}</p>
      {invitation.status !== 'PENDING' ? (
        <p role="alert">{t('invitation.unusable', { status: invitation.status.toLowerCase() })}</p>
      ) : invitation.accountExists && !viewer ? (
        <p role="alert">{t('invitation.signInFirst')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {!invitation.accountExists && (
            <>
              <label htmlFor="name">{t('invitation.name')}</label>
              <input id="name" value={name ?? invitation.name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
              <label htmlFor="new-password">{t('invitation.password')}</label>
              <input
                id="new-password"
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={error?.field === 'password'}
                aria-describedby={error ? 'accept-error' : undefined}
              />
            </>
          )}
          {error && (
            <p id="accept-error" role="alert" className="error">
              {error.message}
            </p>
          )}
          <button type="submit">{t('invitation.accept')}</button>
        </form>
      )}
    </section>
  );
}
