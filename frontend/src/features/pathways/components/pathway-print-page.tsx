// The print view: the published (or viewer's current) version without the site chrome. A draft or
// a version in review says, on screen and on paper, that it is not published (nor an archived one
// that it is no longer in use), so that a printout cannot pass as the official pathway.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { MarkdownBody } from '@/components/markdown-body';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { VersionState } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { PathwayPageQuery } from '../api/pathway';
import { StepFlow } from './step-flow';

export function PathwayPrintPage() {
  const { t } = useTranslation();
  const { pathwayId = '' } = useParams();
  const language = useApiLanguage();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: PathwayPageQuery, variables: { id: pathwayId, language } });
  useDocumentTitle(data?.pathway?.currentVersion?.title ?? t('pathway.title'));
  useEffect(() => {
    document.body.classList.add('print-view');
    return () => {
      document.body.classList.remove('print-view');
    };
  }, []);
  return (
    <main id="main" className="print-page">
      <QueryState fetching={fetching} error={error} data={data?.pathway}>
        {(pathway) => {
          const version = pathway.currentVersion;
          return (
            <article>
              <div className="actions no-print">
                <button type="button" className="primary" onClick={() => { window.print(); }}>
                  {t('pathway.printNow')}
                </button>
                <Link to={paths.pathway(pathway.id)} className="button">
                  {t('pathway.backToPathway')}
                </Link>
              </div>
              <PrintStatus state={version?.state} archived={pathway.status === 'ARCHIVED'} />
              <p className="meta">
                Verkosto · {pathway.region?.name ?? t('pathway.national')} · {t('pathway.versionN', { n: version?.number ?? 0 })}
                {version?.publishedAt ? ` · ${t('pathway.publishedOn', { date: format.dateTime(version.publishedAt, pathway.region?.timeZone) })}` : null}
              </p>
              <h1>{version?.title}</h1>
              {version?.summary ? <p className="lead">{version.summary}</p> : null}
              <h2>{t('pathway.steps')}</h2>
              <StepFlow steps={version?.steps ?? []} links={false} />
              {version?.body ? (
                <>
                  <h2>{t('pathway.body')}</h2>
                  <MarkdownBody markdown={version.body} />
                </>
              ) : null}
              <p className="meta">{t('pathway.printedOn', { date: format.dateTime(new Date().toISOString()) })}</p>
            </article>
          );
        }}
      </QueryState>
    </main>
  );
}

/** The warning at the top of a printout of a version readers do not see as the pathway. */
function PrintStatus({ state, archived }: { state: VersionState | null | undefined; archived: boolean }) {
  const { t } = useTranslation();
  if (state === 'DRAFT' || state === 'IN_REVIEW') {
    return (
      <div className="print-status" data-testid="print-status">
        <p className="print-status__title">{t('pathway.notPublished', { state: t(`enums.versionState.${state}`) })}</p>
        <p>{t('pathway.notPublishedNote')}</p>
      </div>
    );
  }
  if (archived) {
    return (
      <div className="print-status" data-testid="print-status">
        <p className="print-status__title">{t('pathway.archivedPrint')}</p>
      </div>
    );
  }
  return null;
}
