// The recent-changes feed: newest first, each change under the pathway's title with when, what
// and which version, ten at a time.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { useMoreItems } from '@/lib/use-pages';

/** One page of recent changes. */
export const RecentChangesFields = graphql(`
  fragment RecentChanges_PageFragment on RecentChangeConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      versionNumber
      baseVersionNumber
      reviewDue
      pathway {
        id
        currentVersion {
          title
        }
      }
      region {
        id
        name(language: $language)
      }
      service {
        id
        name
      }
    }
  }
`);

/** Recent changes in one region, or (without `regionId`) in all of the viewer's regions. */
export const RecentChangesQuery = graphql(`
  query RecentChanges($regionId: ID, $language: Language!, $first: Int!, $after: String) {
    recentChanges(regionId: $regionId, first: $first, after: $after) {
      ...RecentChanges_PageFragment
    }
  }
`);

const FIRST = 10;

interface RecentChangesProps {
  /** One region's changes; without it, those of all the viewer's regions. */
  regionId?: string;
  /** Name each change's region (for a viewer in several). */
  namesRegions?: boolean;
}

/** The list of recent changes, with "Show more". */
export function RecentChanges({ regionId, namesRegions = false }: RecentChangesProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useApiLanguage();
  const page = { regionId: regionId ?? null, language, first: FIRST };
  const [{ data, fetching, error }] = useQuery({ query: RecentChangesQuery, variables: page });
  const more = useMoreItems(data?.recentChanges, RecentChangesQuery, page, (d) => d.recentChanges);
  return (
    <QueryState fetching={fetching} error={error} data={data}>
      {() =>
        more.items.length === 0 ? (
          <p>{t('changes.none')}</p>
        ) : (
          <>
            <ul className="entries">
              {more.items.map((change) => (
                <li key={change.id} ref={more.focusRef(change.id)}>
                  {change.pathway ? (
                    <Link to={paths.pathway(change.pathway.id)}>{change.pathway.currentVersion?.title ?? t('pathway.untitled')}</Link>
                  ) : null}
                  <p className="meta">
                    {[
                      format.dateOf(change.at),
                      t(`changes.kind.${change.kind}`),
                      change.versionNumber ? t('changes.version', { number: change.versionNumber }) : null,
                      change.baseVersionNumber ? t('changes.baseVersion', { number: change.baseVersionNumber }) : null,
                      change.reviewDue ? t('changes.nextReview', { date: format.date(change.reviewDue) }) : null,
                      namesRegions ? change.region?.name : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                    {change.service ? (
                      <>
                        {' · '}
                        <Link to={paths.service(change.service.id)}>{change.service.name}</Link>
                      </>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
            <ShowMore more={more} list={t('changes.title')} />
          </>
        )
      }
    </QueryState>
  );
}
