// Pathways still being worked on, for home: the viewer's own drafts and proposals, or (for
// coordinators and admins) the versions in review that wait for them to publish, oldest pathway
// first as the API lists them, each with its region, and who submitted it and when.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { QueryState } from '@/components/query-state';
import { ShowMore } from '@/components/show-more';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { useApiLanguage } from '@/lib/api-language';
import { useFormat } from '@/lib/format';
import { PAGE_SIZE } from '@/lib/pages';
import { useMoreItems } from '@/lib/use-pages';

const PathwaysInProgressQuery = graphql(`
  query PathwaysInProgress($mine: Boolean!, $awaitingMyReview: Boolean!, $first: Int!, $after: String, $language: Language!) {
    pathways(mine: $mine, awaitingMyReview: $awaitingMyReview, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        region {
          id
          name(language: $language)
        }
        openVersion {
          number
          state
          title
          submittedAt
          author {
            id
            name
          }
        }
      }
    }
  }
`);

// Submitting, publishing and discarding answer a Pathway: the lists refetch after them.
const CONTEXT = { additionalTypenames: ['Pathway'] };

interface PathwaysInProgressProps {
  /** `mine`: the viewer's drafts and proposals; `review`: what waits for them to publish. */
  which: 'mine' | 'review';
  /** The list's name, for "Show more". */
  list: string;
}

export function PathwaysInProgress({ which, list }: PathwaysInProgressProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useApiLanguage();
  const page = { mine: which === 'mine', awaitingMyReview: which === 'review', first: PAGE_SIZE, language };
  const [{ data, fetching, error }] = useQuery({ query: PathwaysInProgressQuery, variables: page, context: CONTEXT });
  const more = useMoreItems(data?.pathways, PathwaysInProgressQuery, page, (d) => d.pathways);
  return (
    <QueryState fetching={fetching && !data} error={error} data={data}>
      {() =>
        more.items.length === 0 ? (
          <p>{t(which === 'mine' ? 'home.inProgress.noDrafts' : 'home.inProgress.nothingToReview')}</p>
        ) : (
          <>
            <ul className="entries">
              {more.items.map((pathway) => {
                const open = pathway.openVersion;
                return (
                  <li key={pathway.id} ref={more.focusRef(pathway.id)} tabIndex={-1}>
                    <Link to={paths.pathway(pathway.id)}>{open?.title ?? t('pathway.untitled')}</Link>{' '}
                    {open?.state ? <span className="badge">{t(`enums.versionState.${open.state}`)}</span> : null}
                    <p className="meta">
                      {pathway.region?.name ?? t('national.title')}
                      {which === 'review' && open?.author ? ` · ${open.author.name}` : null}
                      {open?.submittedAt ? ` · ${t('home.inProgress.submitted', { date: format.dateOf(open.submittedAt) })}` : null}
                    </p>
                  </li>
                );
              })}
            </ul>
            <ShowMore more={more} list={list} />
          </>
        )
      }
    </QueryState>
  );
}
