// A region's details (its coordinators, admins): the name in each language, country, area and
// time zone, with every API error at its field (a change saved by someone else since the form
// opened is refused, not overwritten); admins archive the region here, after a question.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '@/components/confirm-button';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { RegionEditQuery as RegionEditData } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { runsRegion } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenedAt } from '@/lib/use-opened-at';

import { ArchiveRegionMutation, RegionEditQuery, UpdateRegionMutation } from '../api/region';
import { RegionAreaFields, RegionNameFields, toRegionInput, type RegionDraft } from './region-fields';

type Region = NonNullable<RegionEditData['region']>;

/** The `RegionInput` fields the form shows an error at; any other error goes above the form. */
const SHOWN_AT_FIELD = /^(name(\.(fi|sv|nb|en))?|country|area(\.\d+)?|timeZone|slug)$/;

/** `/regions/:regionId/edit`. */
export function RegionEditPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: RegionEditQuery, variables: { id: regionId, language } });
  useDocumentTitle(t('regionAdmin.editTitle'));
  const region = data?.region;
  const allowed = region && runsRegion(region, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? region : null}>
      {(r) => (
        <section className="narrow">
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('regionAdmin.editTitle')}</h1>
          <RegionForm region={r} />
          {data?.viewer?.isAdmin ? <ArchiveRegion region={r} /> : null}
        </section>
      )}
    </QueryState>
  );
}

function draftOf(region: Region): RegionDraft {
  const { fi, sv, nb, en } = region.names;
  return {
    names: { fi: fi ?? '', sv: sv ?? '', nb: nb ?? '', en: en ?? '' },
    country: region.country ?? 'FI',
    area: region.area.join('\n'),
    timeZone: region.timeZone,
  };
}

/** The form; saving goes back to the region page, a refusal keeps the form with the errors. */
function RegionForm({ region }: { region: Region }) {
  const { t } = useTranslation();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftOf(region));
  const openedAt = useOpenedAt(region.updatedAt);
  const [result, update] = useMutation(UpdateRegionMutation);
  const apiProblems = problems(result.error);
  const errorAt = (field: string) => apiProblems.find((p) => p.field === field)?.reason;
  const general = apiProblems.filter((p) => p.field === undefined || !SHOWN_AT_FIELD.test(p.field));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // The slug stays: a renamed region keeps its address.
    const answer = await update({ id: region.id, input: toRegionInput(draft, region.slug), language, ifUnchangedSince: openedAt });
    if (answer.data) void navigate(paths.region(region.id));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="region-form">
      <Problems problems={general} />
      <RegionNameFields draft={draft} onChange={setDraft} errorAt={errorAt} />
      <RegionAreaFields draft={draft} onChange={setDraft} errorAt={errorAt} />
      <div className="actions">
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('regionAdmin.save')}
        </button>
        <Link to={paths.region(region.id)} className="button">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** Admins: archive the region, after a question; an archived region says so. */
function ArchiveRegion({ region }: { region: Region }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [result, archive] = useMutation(ArchiveRegionMutation);
  return (
    <section aria-labelledby="archive-region" className="danger-zone">
      <h2 id="archive-region">{t('regionAdmin.archiveTitle')}</h2>
      {region.status === 'ARCHIVED' ? (
        <p>{t('regionAdmin.archived')}</p>
      ) : (
        <>
          <p>{t('regionAdmin.archiveIntro')}</p>
          <Problems problems={problems(result.error)} />
          <ConfirmButton
            question={t('regionAdmin.archiveConfirm', { name: region.name })}
            confirm={t('regionAdmin.archiveYes')}
            busy={result.fetching}
            onConfirm={() =>
              void archive({ id: region.id }).then((answer) => {
                if (answer.data) void navigate(paths.region(region.id));
              })
            }
          >
            {t('regionAdmin.archive')}
          </ConfirmButton>
        </>
      )}
    </section>
  );
}
