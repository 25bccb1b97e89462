// Home: the viewer's regions, their join requests, and the places for what issue 4's feed
// brings (recent changes, reviews due, open feedback); signed out, the public region list.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useSignedIn } from '@/lib/use-session';

const HomeQuery = graphql(`
  query Home($language: Language!) {
    viewer {
      id
      name
      isAdmin
      roles {
        kind
        region {
          id
          name(language: $language)
          status
        }
      }
    }
    myJoinRequests(first: 20) {
      nodes {
        id
        status
        reason
        createdAt
        region {
          id
          name(language: $language)
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

const RegionsQuery = graphql(`
  query PublicRegions($language: Language!) {
    regions(first: 100) {
      nodes {
        id
        name(language: $language)
        status
        country
      }
    }
  }
`);

export function HomePage() {
  const signedIn = useSignedIn();
  return signedIn ? <SignedInHome /> : <SignedOutHome />;
}

function RegionList() {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: RegionsQuery, variables: { language } });
  return (
    <QueryState fetching={fetching} error={error} data={data}>
      {(d) => (
        <ul className="card-list">
          {d.regions.nodes.map((region) => (
            <li key={region.id} className="card">
              <Link to={paths.region(region.id)}>{region.name}</Link>
              {region.status === 'ONBOARDING' ? <span className="badge">{t('enums.regionStatus.ONBOARDING')}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}

function SignedOutHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <h1>{t('home.welcome')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <p>
        <Link to={paths.signIn} className="button primary">
          {t('nav.signIn')}
        </Link>{' '}
        <Link to={paths.search} className="button">
          {t('home.findHelp')}
        </Link>
      </p>
      <h2>{t('home.regions')}</h2>
      <RegionList />
    </>
  );
}

function SignedInHome() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: HomeQuery, variables: { language } });
  return (
    <QueryState fetching={fetching} error={error} data={data?.viewer ? data : null}>
      {(d) => (
        <>
          <h1>{t('home.greeting', { name: d.viewer?.name })}</h1>
          <section aria-labelledby="my-regions">
            <h2 id="my-regions">{t('home.myRegions')}</h2>
            {d.viewer?.roles.length ? (
              <ul className="card-list">
                {d.viewer.roles.map((role) =>
                  role.region ? (
                    <li key={role.region.id} className="card">
                      <Link to={paths.region(role.region.id)}>{role.region.name}</Link>
                      <span className="badge">{t(`enums.role.${role.kind ?? 'MEMBER'}`)}</span>
                      {role.region.status === 'ONBOARDING' ? (
                        <span className="badge">{t('enums.regionStatus.ONBOARDING')}</span>
                      ) : null}
                    </li>
                  ) : null,
                )}
              </ul>
            ) : (
              <p>
                {t('home.noRegions')} <Link to={paths.askToJoin}>{t('nav.askToJoin')}</Link>
              </p>
            )}
          </section>
          {d.viewer?.isAdmin ? (
            <section aria-labelledby="all-regions">
              <h2 id="all-regions">{t('home.allRegions')}</h2>
              <p>
                <Link to={paths.openRegion} className="button">
                  {t('nav.openRegion')}
                </Link>
              </p>
              <RegionList />
            </section>
          ) : null}
          {d.myJoinRequests.nodes.length ? (
            <section aria-labelledby="my-requests">
              <h2 id="my-requests">{t('home.myJoinRequests')}</h2>
              <ul className="plain">
                {d.myJoinRequests.nodes.map((request) => (
                  <li key={request.id}>
                    {request.region?.name} · {request.organisation?.name} · {format.date(request.createdAt.slice(0, 10))}:{' '}
                    <strong>{t(`enums.joinRequestStatus.${request.status ?? 'PENDING'}`)}</strong>
                    {request.reason ? ` — ${request.reason}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <div className="slots">
            {(['recentChanges', 'reviewDue', 'myFeedback'] as const).map((slot) => (
              <section key={slot} aria-labelledby={`slot-${slot}`} className="slot" data-slot={slot}>
                <h2 id={`slot-${slot}`}>{t(`home.slots.${slot}`)}</h2>
                <p>{t('home.slots.comingSoon')}</p>
              </section>
            ))}
          </div>
        </>
      )}
    </QueryState>
  );
}
