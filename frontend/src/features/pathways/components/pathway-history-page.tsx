// Version history: every version with its note and author, and the diff between two chosen ones;
// for those who may start a draft, restoring an earlier published version as a new draft (then
// on to the editor).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { SelectField } from '@/components/field';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { RestorePathwayVersionMutation } from '../api/manage';
import { PathwayDiffQuery, PathwayHistoryQuery } from '../api/pathway';
import { DiffView } from './diff-view';

export function PathwayHistoryPage() {
  const { t } = useTranslation();
  const { pathwayId = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PathwayHistoryQuery, variables: { id: pathwayId } });
  useDocumentTitle(t('history.title'));
  return (
    <QueryState fetching={fetching} error={error} data={data?.pathway}>
      {(pathway) => (
        <History
          pathwayId={pathway.id}
          title={pathway.currentVersion?.title ?? ''}
          versions={pathway.versions.nodes}
          canRestore={pathway.viewerCan.startDraft}
          // The open version the viewer works on keeps them from restoring until it is published or discarded.
          openNumber={pathway.viewerCan.editDraft ? pathway.openVersion?.number : undefined}
        />
      )}
    </QueryState>
  );
}

interface Version {
  id: string;
  number: number;
  state?: string | null;
  title: string;
  changeNote: string;
  createdAt: string;
  publishedAt?: string | null;
  author?: { name: string } | null;
}

interface HistoryProps {
  pathwayId: string;
  title: string;
  versions: readonly Version[];
  /** May start a draft: restore a superseded version as one. */
  canRestore: boolean;
  openNumber?: number | undefined;
}

function History({ pathwayId, title, versions, canRestore, openNumber }: HistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [restored, restore] = useMutation(RestorePathwayVersionMutation);
  const restorable = canRestore && versions.some((v) => v.state === 'SUPERSEDED');
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const last = numbers[numbers.length - 1] ?? 1;
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? last);
  const [to, setTo] = useState(last);
  const [{ data, fetching }] = useQuery({
    query: PathwayDiffQuery,
    variables: { id: pathwayId, from, to },
    pause: from === to,
  });
  const diff = data?.pathway?.diff;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.pathway(pathwayId)}>{title}</Link>
      </p>
      <h1>{t('history.title')}</h1>
      {openNumber !== undefined && versions.some((v) => v.state === 'SUPERSEDED') ? <p className="note">{t('pathwayAdmin.restoreBlocked', { n: openNumber })}</p> : null}
      <Problems problems={problems(restored.error)} />
      <table className="versions">
        <caption className="visually-hidden">{t('history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.version')}</th>
            <th scope="col">{t('history.state')}</th>
            <th scope="col">{t('history.created')}</th>
            <th scope="col">{t('history.author')}</th>
            <th scope="col">{t('history.note')}</th>
            {restorable ? <th scope="col">{t('pathwayAdmin.restoreColumn')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...versions].sort((a, b) => b.number - a.number).map((v) => (
            <tr key={v.id}>
              <th scope="row">{v.number}</th>
              <td>{v.state ? t(`enums.versionState.${v.state}`) : ''}</td>
              <td>{format.dateTime(v.createdAt)}</td>
              <td>{v.author?.name ?? ''}</td>
              <td>{v.changeNote}</td>
              {restorable ? (
                <td>
                  {v.state === 'SUPERSEDED' ? (
                    <button
                      type="button"
                      aria-label={t('pathwayAdmin.restoreVersion', { n: v.number })}
                      disabled={restored.fetching}
                      onClick={() => {
                        void restore({ pathwayId, number: v.number }).then((r) => {
                          if (r.data) void navigate(paths.pathwayEdit(pathwayId));
                        });
                      }}
                    >
                      {t('pathwayAdmin.restore')}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="compare">
        <h2 id="compare">{t('history.compare')}</h2>
        <div className="compare-controls">
          <SelectField label={t('history.from')} value={from} onChange={(e) => { setFrom(Number(e.target.value)); }}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t('pathway.versionN', { n })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('history.to')} value={to} onChange={(e) => { setTo(Number(e.target.value)); }}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t('pathway.versionN', { n })}
              </option>
            ))}
          </SelectField>
        </div>
        <div role="status">
          {from === to ? t('history.same') : fetching && !diff ? t('common.loading') : diff && !diff.changed ? t('history.noChanges') : null}
        </div>
        {diff && from !== to && diff.changed ? <DiffView diff={diff} /> : null}
      </section>
    </>
  );
}
