// A service: who offers it, how to reach it, weekly hours with an "open now" badge (computed by
// the server in the service's own time zone), languages and who it is for.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';

import { ErrorMessage, Loading, NotFound } from '../../components/Status';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/useQuery';

const ServiceDocument = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      id
      name
      description
      eligibility
      languages
      openNow
      timeZone
      organisation { id name }
      channels { kind value label }
      hours { weekly { day opens closes } }
    }
  }
`);

function channelHref(kind: string, value: string): string | null {
  switch (kind) {
    case 'PHONE':
      return `tel:${value.replace(/\s/g, '')}`;
    case 'EMAIL':
      return `mailto:${value}`;
    case 'WEB':
    case 'CHAT':
    case 'VIDEO':
      return value.startsWith('http') ? value : null;
    default:
      return null;
  }
}

export function ServicePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(ServiceDocument, { id });
  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} />;
  const service = query.data?.service;
  if (!service) return <NotFound />;
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });

  return (
    <article>
      <h1>{service.name}</h1>
      {service.hours && (
        <p>
          <span className={service.openNow ? 'badge open' : 'badge closed'}>
            {service.openNow ? t('service.openNow') : t('service.closedNow')}
          </span>
        </p>
      )}
      {service.organisation && (
        <p>
          {t('service.organisation')}: {service.organisation.name}
        </p>
      )}
      <p>{service.description}</p>
      {service.eligibility && (
        <p>
          {t('service.eligibility')}: {service.eligibility}
        </p>
      )}
      <h2>{t('service.channels')}</h2>
      <ul>
        {service.channels.map((c) => {
          const href = channelHref(c.kind, c.value);
          return (
            <li key={`${c.kind}-${c.value}`}>
              {c.label ? `${c.label}: ` : ''}
              {href ? <a href={href}>{c.value}</a> : c.value}
            </li>
          );
        })}
      </ul>
      {service.hours && (
        <>
          <h2>{t('service.hours')}</h2>
          <table className="hours">
            <caption className="visually-hidden">{t('service.hours')}</caption>
            <tbody>
              {service.hours.weekly.map((h) => (
                <tr key={`${h.day}-${h.opens}`}>
                  <th scope="row">{t(`day.${h.day}`)}</th>
                  <td>
                    {h.opens}–{h.closes}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {service.languages.length > 0 && (
        <p>
          {t('service.languages')}: {service.languages.map((l) => languageNames.of(l) ?? l).join(', ')}
        </p>
      )}
    </article>
  );
}
