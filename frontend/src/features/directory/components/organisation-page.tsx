// An organisation: what it is, its channels, services (with "open now" and when each was last
// checked) and contact persons, and the regional networks it belongs to. Coordinators of those
// regions and admins also change it, add services and mark them checked; each region's
// coordinators keep its membership there.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { ChannelList } from '@/components/channel-list';
import { OpenNowBadge } from '@/components/open-now-badge';
import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { PAGE_SIZE } from '@/lib/pages';
import { managesOrganisation, runsRegion } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { OrganisationPageQuery, OrganisationServicesQuery } from '../api/directory';
import { AssureTodayButton } from './assure-today-button';
import { Contacts } from './contacts';
import { MembershipAdmin } from './membership-admin';
import { SavedNotice } from './saved-notice';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: OrganisationPageQuery,
    variables: { id: organisationId, language, first: PAGE_SIZE },
  });
  const services = useMoreItems(
    data?.organisation?.services,
    OrganisationServicesQuery,
    { id: organisationId, first: PAGE_SIZE },
    (d) => d.organisation?.services,
  );
  useDocumentTitle(data?.organisation?.name ?? t('directory.organisation'));
  const viewer = data?.viewer;
  return (
    <QueryState fetching={fetching} error={error} data={data?.organisation}>
      {(organisation) => {
        const manages = managesOrganisation(organisation.memberships, viewer);
        return (
          <>
            <SavedNotice />
            <h1>{organisation.name}</h1>
            <p className="meta">
              {organisation.kind ? t(`enums.organisationKind.${organisation.kind}`) : null}
              {organisation.municipality ? ` · ${organisation.municipality}` : null}
              {organisation.businessId ? ` · ${t('directory.businessId')} ${organisation.businessId}` : null}
            </p>
            {manages ? (
              <p className="actions">
                <Link to={paths.organisationEdit(organisation.id)} className="button">
                  {t('directoryAdmin.editOrganisation')}
                </Link>
                <Link to={paths.newService(organisation.id)} className="button">
                  {t('directoryAdmin.newService')}
                </Link>
              </p>
            ) : null}
            {organisation.description ? <p>{organisation.description}</p> : null}
            <section aria-labelledby="channels">
              <h2 id="channels">{t('directory.channels')}</h2>
              <ChannelList channels={organisation.channels} />
            </section>
            <section aria-labelledby="org-services">
              <h2 id="org-services">{t('directory.services')}</h2>
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
                    {service.kind ? <p className="meta">{t(`enums.serviceKind.${service.kind}`)}</p> : null}
                    {manages ? (
                      <>
                        <p className="meta">
                          {service.assuredOn
                            ? `${t('service.assuredOn')} ${format.date(service.assuredOn)}`
                            : t('directoryAdmin.neverAssured')}
                          {service.isStale ? <span className="badge badge--warn">{t('service.stale')}</span> : null}
                        </p>
                        <AssureTodayButton service={service} named />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
              <ShowMore more={services} list={t('directory.services')} />
            </section>
            <Contacts memberships={organisation.memberships} />
            {organisation.memberships.length ? (
              <section aria-labelledby="networks">
                <h2 id="networks">{t('directory.networks')}</h2>
                <ul className="memberships">
                  {organisation.memberships.map((m) => {
                    const region = m.region;
                    if (!region) return null;
                    return (
                      <li key={m.id}>
                        <Link to={paths.region(region.id)}>{region.name}</Link>
                        {m.status && m.status !== 'ACTIVE' ? (
                          <span className="badge">{t(`directoryAdmin.membershipStatus.${m.status}`)}</span>
                        ) : null}
                        {m.status === 'ACTIVE' && m.since ? (
                          <span className="meta"> · {t('directoryAdmin.membership.since', { date: format.date(m.since) })}</span>
                        ) : null}
                        {runsRegion(region, viewer) ? (
                          <MembershipAdmin membership={{ ...m, region }} organisation={organisation} />
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ) : null}
          </>
        );
      }}
    </QueryState>
  );
}
