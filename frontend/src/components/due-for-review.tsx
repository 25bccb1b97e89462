// Pathways whose review date has passed or comes within a month: a region's, or (for admins) the
// national ones, each with its date and an "overdue" badge.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { useFormat } from '@/lib/format';

const DueQuery = graphql(`
  query DueForReview($regionId: ID) {
    pathwaysDueForReview(regionId: $regionId, first: 50) {
      nodes {
        id
        reviewDue
        reviewOverdue
        currentVersion {
          title
        }
      }
    }
  }
`);

/** The list for `regionId` (`null`: the national pathways), under `heading` when given. */
export function DueForReview({ regionId, heading }: { regionId: string | null; heading?: string | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data }] = useQuery({ query: DueQuery, variables: { regionId } });
  if (!data) return null;
  const due = data.pathwaysDueForReview.nodes;
  return (
    <>
      {heading ? <h3>{heading}</h3> : null}
      {due.length ? (
        <ul className="entries">
          {due.map((pathway) => (
            <li key={pathway.id}>
              <Link to={paths.pathway(pathway.id)}>{pathway.currentVersion?.title}</Link>
              {pathway.reviewOverdue ? <span className="badge badge--warn">{t('pathway.reviewOverdue')}</span> : null}
              {pathway.reviewDue ? <p className="meta">{format.date(pathway.reviewDue)}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.slots.empty')}</p>
      )}
    </>
  );
}
