// `/account`: the signed-in person's own profile, password, notification mail and regions.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { AllOrganisationsQuery } from '@/lib/organisation-choices';
import { LARGEST_PAGE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useAllPages } from '@/lib/use-pages';
import { useSignedIn } from '@/lib/use-session';

import { AccountQuery, AccountRolesQuery } from '../api/account';
import { MailNotificationsForm } from './mail-notifications-form';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

export function AccountPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.title'));
  const signedIn = useSignedIn();
  const [{ data, fetching, error }] = useQuery({ query: AccountQuery, variables: { first: LARGEST_PAGE }, pause: !signedIn });
  const organisations = useAllPages(data?.organisations, AllOrganisationsQuery, { first: LARGEST_PAGE }, (d) => d.organisations);

  if (!signedIn) {
    return (
      <section className="narrow">
        <h1>{t('account.title')}</h1>
        <p>
          {t('account.signInFirst')}{' '}
          <Link to={paths.signIn} state={{ from: paths.account }}>
            {t('nav.signIn')}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <QueryState fetching={fetching} error={error} data={data?.viewer}>
      {(viewer) => (
        <>
          <h1>{t('account.title')}</h1>
          <Problems problems={problems(organisations.error)} />
          <div className="account">
            <ProfileForm person={viewer} organisations={organisations.items} />
            <div>
              <PasswordForm email={viewer.email} />
              <MailNotificationsForm />
              <MyRegions />
            </div>
          </div>
        </>
      )}
    </QueryState>
  );
}

/** The regions one has a role in, each with the role; admins are told they see every region. */
function MyRegions() {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const [{ data }] = useQuery({ query: AccountRolesQuery, variables: { language } });
  const viewer = data?.viewer;
  if (!viewer) return null;
  return (
    <section aria-labelledby="my-roles">
      <h2 id="my-roles">{t('account.roles')}</h2>
      {viewer.isAdmin ? <p>{t('account.admin')}</p> : null}
      {viewer.roles.length === 0 && !viewer.isAdmin ? <p>{t('home.noRegions')}</p> : null}
      <ul className="plain">
        {viewer.roles.map((role) =>
          role.region ? (
            <li key={role.region.id}>
              <Link to={paths.region(role.region.id)}>{role.region.name}</Link>
              {role.kind ? ` · ${t(`enums.role.${role.kind}`)}` : ''}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
