// A region: its members grouped by kind with the kinds still missing, coordinators, pathways,
// meetings and trainings, and services, and for onboarding regions the checklist.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { OpenNowBadge } from '@/components/open-now-badge';
import { PathwayCard } from '@/components/pathway-card';
import { RecentChanges } from '@/components/recent-changes';
import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import type { OrganisationKind } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { PAGE_SIZE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { RegionOrganisationsQuery, RegionPageQuery, RegionPathwaysQuery, RegionServicesQuery } from '../api/region';
import { OnboardingChecklist } from './onboarding-checklist';
import { RegionEvents } from './region-events';
import { runsRegion } from '@/lib/roles';
import { useFocusOnShow } from '@/lib/use-focus-on-show';

/** The network page's section of people and roles, which the region page links to. */
const PEOPLE_SECTION = 'people';

export function RegionPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: RegionPageQuery, variables: { id: regionId, language, first: PAGE_SIZE } });
  const page = { id: regionId, first: PAGE_SIZE };
  const organisations = useMoreItems(data?.region?.organisations, RegionOrganisationsQuery, page, (d) => d.region?.organisations);
  const pathways = useMoreItems(data?.region?.pathways, RegionPathwaysQuery, page, (d) => d.region?.pathways);
  const services = useMoreItems(data?.services, RegionServicesQuery, page, (d) => d.services);
  useDocumentTitle(data?.region?.name ?? t('region.title'));
  // The region the viewer activated here: the notice that says so takes the focus.
  const [activatedId, setActivatedId] = useState<string | null>(null);
  const activated = activatedId === regionId;
  const activatedNotice = useFocusOnShow<HTMLParagraphElement>(activated);

  return (
    <QueryState fetching={fetching} error={error} data={data?.region ? data : null}>
      {({ region, viewer }) => {
        if (!region) return null;
        const byKind = new Map<OrganisationKind | 'OTHER', typeof organisations.items>();
        for (const organisation of organisations.items) {
          const kind = organisation.kind ?? 'OTHER';
          byKind.set(kind, [...(byKind.get(kind) ?? []), organisation]);
        }
        // The whole network's count per kind (people of a region and admins get it), not only the
        // organisations loaded so far; anonymous readers see the count of those shown.
        const kindCount = (kind: OrganisationKind | 'OTHER', shown: number) =>
          region.onboarding?.coverage.find((c) => c.kind === kind)?.count ?? shown;
        const coordinates = runsRegion(region, viewer);
        const canWrite = Boolean(region.viewerRole);
        return (
          <>
            <h1>{region.name}</h1>
            <p className="meta">
              {region.country ? t(`enums.country.${region.country}`) : null}
              {region.area.length ? ` · ${region.area.join(', ')}` : null}
              {region.status ? (
                <>
                  {' · '}
                  <span className="badge">{t(`enums.regionStatus.${region.status}`)}</span>
                </>
              ) : null}
            </p>
            {activated ? (
              <p role="status" className="notice" ref={activatedNotice} tabIndex={-1}>
                {t('regionAdmin.activated', { name: region.name })}
              </p>
            ) : null}
            {coordinates || canWrite ? (
              <p className="actions">
                {coordinates ? (
                  <>
                    <Link to={paths.regionNetwork(region.id)} className="button">
                      {t('region.manageNetwork')}
                    </Link>
                    <Link to={paths.regionFeedback(region.id)} className="button">
                      {t('region.feedbackQueue')}
                    </Link>
                    <Link to={{ pathname: paths.regionNetwork(region.id), hash: PEOPLE_SECTION }} className="button">
                      {t('regionAdmin.people')}
                    </Link>
                    <Link to={paths.regionEdit(region.id)} className="button">
                      {t('regionAdmin.edit')}
                    </Link>
                    <Link to={paths.regionAudit(region.id)} className="button">
                      {t('audit.link')}
                    </Link>
                  </>
                ) : null}
                {canWrite || viewer?.isAdmin ? (
                  <Link to={paths.newPathway(region.id)} className="button">
                    {t('region.newPathway')}
                  </Link>
                ) : null}
              </p>
            ) : null}

            {region.status === 'ONBOARDING' && region.onboarding ? (
              <OnboardingChecklist
                regionId={region.id}
                canActivate={coordinates}
                onActivated={() => {
                  setActivatedId(region.id);
                }}
                done={region.onboarding.done}
                total={region.onboarding.total}
                items={region.onboarding.items}
              />
            ) : null}

            <section aria-labelledby="members">
              <h2 id="members">{t('region.members')}</h2>
              {byKind.size === 0 ? <p>{t('region.noMembers')}</p> : null}
              {[...byKind.entries()].map(([kind, members]) => (
                <div key={kind} className="kind-group">
                  <h3>
                    {t(`enums.organisationKind.${kind}`)} <span className="count">({format.number(kindCount(kind, members.length))})</span>
                  </h3>
                  <ul>
                    {members.map((organisation) => (
                      <li key={organisation.id} ref={organisations.focusRef(organisation.id)}>
                        <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
                        {organisation.municipality ? `, ${organisation.municipality}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
              <ShowMore more={organisations} list={t('region.members')} />
              {coordinates ? (
                <p>
                  <Link to={paths.newOrganisation(region.id)} className="button">
                    {t('directoryAdmin.newOrganisation')}
                  </Link>
                </p>
              ) : null}
              {region.onboarding ? (
                <div className="missing-kinds" data-testid="missing-kinds">
                  <h3>{t('region.missingKinds')}</h3>
                  {region.onboarding.missingKinds.length ? (
                    <ul>
                      {region.onboarding.missingKinds.map((kind) => (
                        <li key={kind}>{t(`enums.organisationKind.${kind}`)}</li>
                      ))}
                    </ul>
                  ) : (
                    <p>{t('region.allKindsCovered')}</p>
                  )}
                </div>
              ) : null}
            </section>

            {region.coordinators.length ? (
              <section aria-labelledby="coordinators">
                <h2 id="coordinators">{t('region.coordinators')}</h2>
                <ul className="people">
                  {region.coordinators.map((person) => (
                    <li key={person.id}>
                      <strong>{person.name}</strong>
                      {person.title ? `, ${person.title}` : ''}
                      {person.organisation ? ` · ${person.organisation.name}` : ''} ·{' '}
                      <a href={`mailto:${person.email}`}>{person.email}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}

            <section aria-labelledby="pathways">
              <h2 id="pathways">{t('region.pathways')}</h2>
              {pathways.items.length === 0 ? <p>{t('region.noPathways')}</p> : null}
              <ul className="card-list">
                {pathways.items.map((pathway) => (
                  <PathwayCard key={pathway.id} pathway={pathway} ref={pathways.focusRef(pathway.id)} />
                ))}
              </ul>
              <ShowMore more={pathways} list={t('region.pathways')} />
            </section>

            <section aria-labelledby="recent-changes">
              <h2 id="recent-changes">{t('changes.title')}</h2>
              <RecentChanges regionId={region.id} />
            </section>

            <RegionEvents regionId={region.id} manages={coordinates} />

            <section aria-labelledby="services">
              <h2 id="services">{t('region.services')}</h2>
              {services.items.length === 0 ? <p>{t('region.noServices')}</p> : null}
              <ul className="card-list">
                {services.items.map((service) => (
                  <li key={service.id} className="card" ref={services.focusRef(service.id)}>
                    <Link to={paths.service(service.id)}>{service.name}</Link>{' '}
                    <OpenNowBadge
                      hours={service.hours}
                      timeZone={service.timeZone}
                      temporarilyClosed={service.status === 'TEMPORARILY_CLOSED'}
                    />
                    <p className="meta">
                      {service.kind ? t(`enums.serviceKind.${service.kind}`) : null}
                      {service.organisation ? ` · ${service.organisation.name}` : null}
                    </p>
                  </li>
                ))}
              </ul>
              <ShowMore more={services} list={t('region.services')} />
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
