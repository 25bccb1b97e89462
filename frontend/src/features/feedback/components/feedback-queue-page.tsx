// A region's feedback triage queue for its coordinators (at /national/feedback the national
// pathways' queue, for admins): urgent first, each with its pathway, message and status; move it
// to new / in progress / done and reply to the sender.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { SelectField } from '@/components/field';
import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import type { FeedbackStatus } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { PAGE_SIZE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { FeedbackQueuePageQuery, FeedbackQueueQuery, NationalFeedbackPageQuery } from '../api/feedback';
import { FeedbackItem } from './feedback-item';
import { runsRegion } from '@/lib/roles';

/** The filter choices and the statuses each asks the API for (`null`: every status). */
const FILTERS: Record<'open' | 'NEW' | 'IN_PROGRESS' | 'DONE' | 'all', FeedbackStatus[] | null> = {
  open: ['NEW', 'IN_PROGRESS'],
  NEW: ['NEW'],
  IN_PROGRESS: ['IN_PROGRESS'],
  DONE: ['DONE'],
  all: null,
};
type Filter = keyof typeof FILTERS;

// An empty queue names no type, so tell the cache which mutations make it stale.
const FEEDBACK_CONTEXT = { additionalTypenames: ['PathwayFeedback'] };

export function FeedbackQueuePage() {
  const { regionId } = useParams();
  return regionId ? <RegionFeedbackQueue regionId={regionId} /> : <NationalFeedbackQueue />;
}

function NationalFeedbackQueue() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: NationalFeedbackPageQuery });
  useDocumentTitle(t('feedbackQueue.title'));
  return (
    <QueryState fetching={fetching} error={error} data={data?.viewer?.isAdmin ? data : null}>
      {() => (
        <>
          <p className="breadcrumb">
            <Link to={paths.national}>{t('national.title')}</Link>
          </p>
          <h1>{t('feedbackQueue.title')}</h1>
          <p className="lead">{t('national.feedbackIntro')}</p>
          <Queue regionId={null} />
        </>
      )}
    </QueryState>
  );
}

function RegionFeedbackQueue({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: FeedbackQueuePageQuery, variables: { regionId, language } });
  useDocumentTitle(t('feedbackQueue.title'));
  const region = data?.region;
  const allowed = region && runsRegion(region, data.viewer);

  return (
    <QueryState fetching={fetching} error={error} data={allowed ? region : null}>
      {(r) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('feedbackQueue.title')}</h1>
          <p className="lead">{t('feedbackQueue.intro')}</p>
          <Queue regionId={r.id} timeZone={r.timeZone} />
        </>
      )}
    </QueryState>
  );
}

/** The queue of a region (`null`: of the national pathways), with times in `timeZone` (the region's). */
function Queue({ regionId, timeZone }: { regionId: string | null; timeZone?: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('open');
  const page = { regionId, status: FILTERS[filter], first: PAGE_SIZE };
  const [{ data, fetching, error }] = useQuery({ query: FeedbackQueueQuery, variables: page, context: FEEDBACK_CONTEXT });
  const more = useMoreItems(data?.pathwayFeedbackQueue, FeedbackQueueQuery, page, (d) => d.pathwayFeedbackQueue);
  const items = more.items;
  return (
    <section aria-labelledby="feedback-list">
      <h2 id="feedback-list">{t('feedbackQueue.list')}</h2>
      <SelectField
        label={t('feedbackQueue.show')}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value as Filter);
        }}
      >
        {(Object.keys(FILTERS) as Filter[]).map((key) => (
          <option key={key} value={key}>
            {t(`feedbackQueue.filter.${key}`)}
          </option>
        ))}
      </SelectField>
      <QueryState fetching={fetching} error={error} data={data}>
        {() =>
          items.length === 0 ? (
            <p>{t('feedbackQueue.none')}</p>
          ) : (
            <>
              <ol className="feedback-queue">
                {items.map((feedback) => (
                  <FeedbackItem key={feedback.id} ref={more.focusRef(feedback.id)} feedback={feedback} timeZone={timeZone} />
                ))}
              </ol>
              <ShowMore more={more} list={t('feedbackQueue.list')} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
