// The change log: every recorded change, newest first. A region's (`/regions/:regionId/audit`)
// for its coordinators and admins; the whole platform's (`/audit`) for admins.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { TableScroll } from '@/components/table-scroll';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { PAGE_SIZE } from '@/lib/pages';
import { runsRegion } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { AuditEventsQuery, AuditPageQuery, RegionAuditPageQuery } from '../api/audit';
import { AuditEntry } from './audit-entry';

export function AuditLogPage() {
  const { regionId } = useParams();
  return regionId ? <RegionAuditLog regionId={regionId} /> : <PlatformAuditLog />;
}

function RegionAuditLog({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: RegionAuditPageQuery, variables: { regionId, language } });
  useDocumentTitle(t('audit.title'));
  const region = data?.region;
  const allowed = region && runsRegion(region, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? region : null}>
      {(r) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('audit.title')}</h1>
          <p className="lead">{t('audit.regionIntro')}</p>
          <AuditLog regionId={r.id} timeZone={r.timeZone} />
        </>
      )}
    </QueryState>
  );
}

function PlatformAuditLog() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AuditPageQuery });
  useDocumentTitle(t('audit.title'));
  return (
    <QueryState fetching={fetching} error={error} data={data?.viewer?.isAdmin ? data : null}>
      {() => (
        <>
          <h1>{t('audit.title')}</h1>
          <p className="lead">{t('audit.platformIntro')}</p>
          <AuditLog regionId={null} />
        </>
      )}
    </QueryState>
  );
}

/** The log of a region (`null`: of everything), with times in `timeZone` (the region's). */
function AuditLog({ regionId, timeZone }: { regionId: string | null; timeZone?: string }) {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const page = { regionId, first: PAGE_SIZE, language };
  const [{ data, fetching, error }] = useQuery({ query: AuditEventsQuery, variables: page, requestPolicy: 'cache-and-network' });
  const more = useMoreItems(data?.auditEvents, AuditEventsQuery, page, (d) => d.auditEvents);
  return (
    <QueryState fetching={fetching && !data} error={error} data={data}>
      {() =>
        more.items.length === 0 ? (
          <p>{t('audit.none')}</p>
        ) : (
          <>
            <TableScroll label={t('audit.title')}>
              <table className="audit-log">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.target')}</th>
                    <th scope="col">{t('audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {more.items.map((entry) => (
                    <AuditEntry key={entry.id} ref={more.focusRef(entry.id)} entry={entry} timeZone={timeZone} />
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <ShowMore more={more} list={t('audit.title')} />
          </>
        )
      }
    </QueryState>
  );
}
