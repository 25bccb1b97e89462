// A pathway in a list of cards (a region's, the national ones): its title, a badge for a status
// other than published and for an overdue review, and its summary.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { PathwayStatus } from '@/gql/graphql';

interface PathwayCardProps {
  pathway: {
    id: string;
    status?: PathwayStatus | null | undefined;
    reviewOverdue: boolean;
    currentVersion?: { title: string; summary: string } | null | undefined;
  };
  ref?: Ref<HTMLLIElement> | undefined;
}

export function PathwayCard({ pathway, ref }: PathwayCardProps) {
  const { t } = useTranslation();
  return (
    <li className="card" ref={ref}>
      <Link to={paths.pathway(pathway.id)}>{pathway.currentVersion?.title ?? t('pathway.untitled')}</Link>
      {pathway.status && pathway.status !== 'PUBLISHED' ? (
        <span className="badge">{t(`enums.pathwayStatus.${pathway.status}`)}</span>
      ) : null}
      {pathway.reviewOverdue ? <span className="badge badge--warn">{t('pathway.reviewOverdue')}</span> : null}
      {pathway.currentVersion?.summary ? <p>{pathway.currentVersion.summary}</p> : null}
    </li>
  );
}
