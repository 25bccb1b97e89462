// One regional network: its onboarding checklist, coordinators, member organisations by kind with
// the kinds still missing, pathways and upcoming events.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ErrorMessage, Loading, NotFound } from '../../components/Status';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { useQuery } from '../../lib/useQuery';

const RegionDocument = graphql(`
  query Region($id: ID!, $language: Language) {
    region(id: $id) {
      id
      name(language: $language)
      status
      area
      timeZone
      coordinators { id name email }
      organisations(first: 100) { nodes { id name kind } }
      pathways(first: 100) { nodes { id status currentVersion { title } } }
      onboarding { done total items { step done } missingKinds }
    }
    events(regionId: $id, first: 20) { nodes { id title kind startsAt timeZone place onlineUrl seatsLeft } }
  }
`);

export function RegionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(RegionDocument, { id, language: apiLanguage() });
  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} />;
  const region = query.data?.region;
  if (!region) return <NotFound />;

  const byKind = new Map<string, { id: string; name: string }[]>();
  for (const organisation of region.organisations.nodes) {
    const kind = organisation.kind ?? 'OTHER';
    byKind.set(kind, [...(byKind.get(kind) ?? []), organisation]);
  }
  const onboarding = region.onboarding;

  return (
    <section>
      <h1>{region.name}</h1>
      <p>
        <span className="tag">{t(`status.${region.status ?? 'ACTIVE'}`)}</span> {region.area.join(', ')}
      </p>
      {onboarding && (region.status === 'ONBOARDING' || onboarding.done < onboarding.total) && (
        <article className="card">
          <h2>{t('region.onboarding')}</h2>
          <progress max={onboarding.total} value={onboarding.done} aria-label={t('region.onboarding')} />{' '}
          {t('region.progress', { done: onboarding.done, total: onboarding.total })}
          <ul className="checklist">
            {onboarding.items.map((item) => (
              <li key={item.step} className={item.done ? 'done' : 'open'}>
                <span aria-hidden="true">{item.done ? '✓' : '○'}</span> {t(`step.${item.step}`)}
              </li>
            ))}
          </ul>
          {onboarding.missingKinds.length > 0 && (
            <p>
              {t('region.missing')}: {onboarding.missingKinds.map((k) => t(`kind.${k}`)).join(', ')}
            </p>
          )}
        </article>
      )}
      <div className="cards">
        <article className="card">
          <h2>{t('region.coordinators')}</h2>
          <ul>
            {region.coordinators.map((p) => (
              <li key={p.id}>
                {p.name} · <a href={`mailto:${p.email}`}>{p.email}</a>
              </li>
            ))}
          </ul>
        </article>
        <article className="card">
          <h2>{t('region.members')}</h2>
          {[...byKind.entries()].map(([kind, organisations]) => (
            <div key={kind}>
              <h3>{t(`kind.${kind}`)}</h3>
              <ul>
                {organisations.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </div>
          ))}
        </article>
        <article className="card">
          <h2>{t('region.pathways')}</h2>
          <ul>
            {region.pathways.nodes.map((p) => (
              <li key={p.id}>
                <Link to={`/pathways/${p.id}`}>{p.currentVersion?.title}</Link>
              </li>
            ))}
          </ul>
        </article>
        <article className="card">
          <h2>{t('region.events')}</h2>
          <ul>
            {query.data?.events.nodes.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.startsAt, e.timeZone)} · {e.title}
                {e.place && <> · {e.place}</>}
              </li>
            ))}
          </ul>
        </article>
      </div>
    </section>
  );
}
