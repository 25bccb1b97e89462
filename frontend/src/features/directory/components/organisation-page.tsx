// An organisation: what it is, its channels, services (with "open now") and contact persons.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { ChannelList } from '@/components/channel-list';
import { OpenNowBadge } from '@/components/open-now-badge';
import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { PAGE_SIZE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { OrganisationPageQuery, OrganisationServicesQuery } from '../api/directory';
import { Contacts } from './contacts';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const language = useApiLanguage();
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
  return (
    <QueryState fetching={fetching} error={error} data={data?.organisation}>
      {(organisation) => (
        <>
          <h1>{organisation.name}</h1>
          <p className="meta">
            {organisation.kind ? t(`enums.organisationKind.${organisation.kind}`) : null}
            {organisation.municipality ? ` · ${organisation.municipality}` : null}
            {organisation.businessId ? ` · ${t('directory.businessId')} ${organisation.businessId}` : null}
          </p>
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
                </li>
              ))}
            </ul>
            <ShowMore more={services} list={t('directory.services')} />
          </section>
          <Contacts memberships={organisation.memberships} />
          {organisation.memberships.length ? (
            <section aria-labelledby="networks">
              <h2 id="networks">{t('directory.networks')}</h2>
              <ul>
                {organisation.memberships.map((m) =>
                  m.region ? (
                    <li key={m.id}>
                      <Link to={paths.region(m.region.id)}>{m.region.name}</Link>
                    </li>
                  ) : null,
                )}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </QueryState>
  );
}
