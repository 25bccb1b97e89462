// National base pathways, which regions adapt into their own variants: the list for everyone;
// for platform admins, a new national pathway, the national feedback queue and due reviews.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DueForReview } from '@/components/due-for-review';
import { PathwayCard } from '@/components/pathway-card';
import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import { PAGE_SIZE } from '@/lib/pages';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useMoreItems } from '@/lib/use-pages';

import { NationalPageQuery, NationalPathwaysQuery } from '../api/national';

export function NationalPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('national.title'));
  const page = { first: PAGE_SIZE };
  const [{ data, fetching, error }] = useQuery({ query: NationalPageQuery, variables: page });
  const pathways = useMoreItems(data?.pathways, NationalPathwaysQuery, page, (d) => d.pathways);
  const admin = data?.viewer?.isAdmin === true;
  return (
    <QueryState fetching={fetching} error={error} data={data}>
      {() => (
        <>
          <h1>{t('national.title')}</h1>
          <p className="lead">{t('national.intro')}</p>
          {admin ? (
            <p className="actions">
              <Link to={paths.newNationalPathway} className="button">
                {t('national.newPathway')}
              </Link>
              <Link to={paths.nationalFeedback} className="button">
                {t('national.feedbackQueue')}
              </Link>
            </p>
          ) : null}
          <section aria-labelledby="national-pathways">
            <h2 id="national-pathways">{t('national.pathways')}</h2>
            {pathways.items.length === 0 ? <p>{t('national.none')}</p> : null}
            <ul className="card-list">
              {pathways.items.map((pathway) => (
                <PathwayCard key={pathway.id} pathway={pathway} ref={pathways.focusRef(pathway.id)} />
              ))}
            </ul>
            <ShowMore more={pathways} list={t('national.pathways')} />
          </section>
          {admin ? (
            <section aria-labelledby="national-due">
              <h2 id="national-due">{t('home.slots.reviewDue')}</h2>
              <DueForReview regionId={null} />
            </section>
          ) : null}
        </>
      )}
    </QueryState>
  );
}
