// A service: channels, weekly phone hours with "open now" in its time zone, languages, who it is
// for, and who to contact. Those who may change it (coordinators of a region its organisation
// belongs to, admins) also find the way to the form and mark its details checked today.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { ChannelList } from '@/components/channel-list';
import { OpenNowBadge } from '@/components/open-now-badge';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { managesOrganisation } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';

import { ServicePageQuery } from '../api/directory';
import { AssureTodayButton } from './assure-today-button';
import { Contacts } from './contacts';
import { SavedNotice } from './saved-notice';
import { WeeklyHours } from './weekly-hours';

export function ServicePage() {
  const { t } = useTranslation();
  const { serviceId = '' } = useParams();
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: ServicePageQuery, variables: { id: serviceId, language } });
  useDocumentTitle(data?.service?.name ?? t('directory.service'));
  return (
    <QueryState fetching={fetching} error={error} data={data?.service}>
      {(service) => (
        <>
          <SavedNotice />
          <h1>
            {service.name}{' '}
            <OpenNowBadge
              hours={service.hours}
              timeZone={service.timeZone}
              temporarilyClosed={service.status === 'TEMPORARILY_CLOSED'}
            />
          </h1>
          <p className="meta">
            {service.kind ? t(`enums.serviceKind.${service.kind}`) : null}
            {service.organisation ? (
              <>
                {' · '}
                <Link to={paths.organisation(service.organisation.id)}>{service.organisation.name}</Link>
              </>
            ) : null}
          </p>
          {managesOrganisation(service.organisation?.memberships, data?.viewer) ? (
            <div className="actions">
              <Link to={paths.serviceEdit(service.id)} className="button">
                {t('directoryAdmin.editService')}
              </Link>
              <AssureTodayButton service={service} />
            </div>
          ) : null}
          {service.description ? <p>{service.description}</p> : null}
          <ul className="flags">
            {service.isFree ? <li className="badge">{t('service.free')}</li> : null}
            {service.isAnonymous ? <li className="badge">{t('service.anonymous')}</li> : null}
            {service.referralRequired ? <li className="badge">{t('service.referralRequired')}</li> : null}
          </ul>
          <section aria-labelledby="channels">
            <h2 id="channels">{t('directory.channels')}</h2>
            <ChannelList channels={service.channels} />
          </section>
          {service.hours?.weekly.length ? (
            <section aria-labelledby="hours">
              <h2 id="hours">{t('service.phoneHours')}</h2>
              <WeeklyHours hours={service.hours} timeZone={service.timeZone} />
            </section>
          ) : null}
          <section aria-labelledby="for-whom">
            <h2 id="for-whom">{t('service.forWhom')}</h2>
            <dl className="summary">
              <dt>{t('service.languages')}</dt>
              <dd>{service.languages.length ? service.languages.map(format.languageName).join(', ') : '—'}</dd>
              <dt>{t('service.targetGroups')}</dt>
              <dd>{service.targetGroups.length ? service.targetGroups.map((g) => t(`enums.targetGroup.${g}`)).join(', ') : '—'}</dd>
              {service.eligibility ? (
                <>
                  <dt>{t('service.eligibility')}</dt>
                  <dd>{service.eligibility}</dd>
                </>
              ) : null}
              {service.assuredOn ? (
                <>
                  <dt>{t('service.assuredOn')}</dt>
                  <dd>
                    {format.date(service.assuredOn)}
                    {service.isStale ? <span className="badge badge--warn">{t('service.stale')}</span> : null}
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          {service.organisation ? <Contacts memberships={service.organisation.memberships} /> : null}
        </>
      )}
    </QueryState>
  );
}
