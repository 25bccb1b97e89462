// Home: for a signed-in person their regions, upcoming events, pathways due for review, their
// feedback and recent changes; for a visitor, the way to search.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { ErrorMessage, Loading } from '../../components/Status';
import { graphql } from '../../gql';
import { useAuth } from '../../lib/auth';
import { formatDate, formatDateTime } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useQuery } from '../../lib/useQuery';

const DueDocument = graphql(`
  query DueForReview($regionId: ID!) {
    pathwaysDueForReview(regionId: $regionId, first: 20) { nodes { id reviewDue reviewOverdue currentVersion { title } } }
  }
`);

const HomeDocument = graphql(`
  query Home($language: Language) {
    myEvents { id title startsAt timeZone region { id name(language: $language) } }
    myPathwayFeedback(first: 10) { nodes { id message status reply pathway { id currentVersion { title } } } }
    recentChanges(first: 10) { nodes { id at kind versionNumber pathway { id currentVersion { title } } region { name(language: $language) } } }
  }
`);

export function HomePage() {
  const { t } = useTranslation();
  const { viewer, ready } = useAuth();
  const home = useQuery(HomeDocument, { language: apiLanguage() }, !viewer);

  if (!ready) return <Loading />;
  if (!viewer) {
    return (
      <section>
        <h1>{t('app.name')}</h1>
        <p>{t('home.anonymous')}</p>
        <p>
          <Link to="/search">{t('nav.search')}</Link> · <Link to="/sign-in">{t('nav.signIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section>
      <h1>{t('home.title', { name: viewer.name })}</h1>
      <div className="cards">
        <article className="card">
          <h2>{t('home.myRegions')}</h2>
          <ul>
            {viewer.roles.map((role) =>
              role.region ? (
                <li key={role.region.id}>
                  <Link to={`/regions/${role.region.id}`}>{role.region.name}</Link> — {t(`role.${role.kind ?? 'MEMBER'}`)}
                </li>
              ) : null,
            )}
          </ul>
          {viewer.roles.length === 0 && <p>{t('common.none')}</p>}
        </article>
        {home.loading && <Loading />}
        {home.error && <ErrorMessage error={home.error} />}
        {home.data && (
          <>
            <article className="card">
              <h2>{t('home.events')}</h2>
              <List
                items={home.data.myEvents.map((e) => (
                  <li key={e.id}>
                    {formatDateTime(e.startsAt, e.timeZone)} · {e.title}
                    {e.region && <> — <Link to={`/regions/${e.region.id}`}>{e.region.name}</Link></>}
                  </li>
                ))}
              />
            </article>
            <article className="card">
              <h2>{t('home.review')}</h2>
              {viewer.roles.map((role) => role.region && <DueForReview key={role.region.id} regionId={role.region.id} />)}
            </article>
            <article className="card">
              <h2>{t('home.feedback')}</h2>
              <List
                items={home.data.myPathwayFeedback.nodes.map((f) => (
                  <li key={f.id}>
                    {f.pathway && <Link to={`/pathways/${f.pathway.id}`}>{f.pathway.currentVersion?.title}</Link>} · {f.status?.toLowerCase()}
                    <div className="quote">{f.message}</div>
                    {f.reply && <div className="reply">{f.reply}</div>}
                  </li>
                ))}
              />
            </article>
            <article className="card">
              <h2>{t('home.changes')}</h2>
              <List
                items={home.data.recentChanges.nodes.map((c) => (
                  <li key={c.id}>
                    {formatDate(c.at)} · {c.kind.toLowerCase().replaceAll('_', ' ')}
                    {c.pathway && <> · <Link to={`/pathways/${c.pathway.id}`}>{c.pathway.currentVersion?.title}</Link></>}
                  </li>
                ))}
              />
            </article>
          </>
        )}
      </div>
    </section>
  );
}

function DueForReview({ regionId }: { regionId: string }) {
  const due = useQuery(DueDocument, { regionId });
  if (due.error) return <ErrorMessage error={due.error} />;
  return (
    <List
      items={(due.data?.pathwaysDueForReview.nodes ?? []).map((p) => (
        <li key={p.id}>
          <Link to={`/pathways/${p.id}`}>{p.currentVersion?.title}</Link>
          {p.reviewDue && (
            <>
              {' '}
              · <span className={p.reviewOverdue ? 'overdue' : undefined}>{formatDate(p.reviewDue)}</span>
            </>
          )}
        </li>
      ))}
    />
  );
}

function List({ items }: { items: JSX.Element[] }) {
  const { t } = useTranslation();
  return items.length ? <ul>{items}</ul> : <p>{t('common.none')}</p>;
}
