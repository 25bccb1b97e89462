// A pathway: its steps as a flow, the Markdown body, the workflow actions the viewer may take
// (discarding the open draft, or deleting a pathway that was never published, asks once more),
// links to the version history and the print view;
// its settings for those who may publish it, and a national pathway's regional variants.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ConfirmButton } from '@/components/confirm-button';
import { MarkdownBody } from '@/components/markdown-body';
import { Outcome } from '@/components/outcome';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DeletePathwayMutation, DiscardPathwayDraftMutation } from '../api/manage';
import {
  PathwayPageQuery,
  PublishPathwayMutation,
  ReturnPathwayToDraftMutation,
  StartPathwayDraftMutation,
  SubmitPathwayMutation,
} from '../api/pathway';
import { FeedbackForm } from './feedback-form';
import { ManagePathway } from './manage-pathway';
import { RegionalVariants } from './regional-variants';
import { StepFlow } from './step-flow';
import { BaseUpdated, BasedOn } from './variant-base';

export function PathwayPage() {
  const { t } = useTranslation();
  const { pathwayId = '' } = useParams();
  const language = useApiLanguage();
  const format = useFormat();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: PathwayPageQuery, variables: { id: pathwayId, language } });
  const [started, startDraft] = useMutation(StartPathwayDraftMutation);
  const [submitted, submit] = useMutation(SubmitPathwayMutation);
  const [published, publish] = useMutation(PublishPathwayMutation);
  const [returned, returnToDraft] = useMutation(ReturnPathwayToDraftMutation);
  const [discarded, discard] = useMutation(DiscardPathwayDraftMutation);
  const [deleted, deletePathway] = useMutation(DeletePathwayMutation);
  // Said after the draft is discarded, when its buttons are gone.
  const [outcome, setOutcome] = useState('');
  useDocumentTitle(data?.pathway?.currentVersion?.title ?? t('pathway.title'));
  const busy = started.fetching || submitted.fetching || published.fetching || returned.fetching || discarded.fetching || deleted.fetching;
  const actionProblems = [started, submitted, published, returned, discarded, deleted].flatMap((r) => problems(r.error));

  return (
    <QueryState fetching={fetching} error={error} data={data?.pathway}>
      {(pathway) => {
        const version = pathway.currentVersion;
        const open = pathway.openVersion;
        return (
          <article className="pathway">
            <p className="breadcrumb">
              {pathway.region ? (
                <Link to={paths.region(pathway.region.id)}>{pathway.region.name}</Link>
              ) : (
                <Link to={paths.national}>{t('national.title')}</Link>
              )}
            </p>
            <h1>{version?.title ?? t('pathway.untitled')}</h1>
            <p className="meta">
              {pathway.status ? (
                <span className={pathway.status === 'ARCHIVED' ? 'badge badge--warn' : 'badge'}>{t(`enums.pathwayStatus.${pathway.status}`)}</span>
              ) : null}
              {version ? ` ${t('pathway.versionN', { n: version.number })}` : null}
              {version?.publishedAt ? ` · ${t('pathway.publishedOn', { date: format.dateTime(version.publishedAt, pathway.region?.timeZone) })}` : null}
              {pathway.reviewDue ? ` · ${t('pathway.reviewDue', { date: format.date(pathway.reviewDue) })}` : null}
              {pathway.reviewOverdue ? <span className="badge badge--warn">{t('pathway.reviewOverdue')}</span> : null}
            </p>
            {pathway.status === 'ARCHIVED' ? <p className="notice notice--warn">{t('pathwayAdmin.archivedNotice')}</p> : null}
            {pathway.base ? <BasedOn base={pathway.base} /> : null}
            {version?.summary ? <p className="lead">{version.summary}</p> : null}
            {version?.targetGroups.length ? (
              <p>
                <span className="flow__label">{t('service.targetGroups')}:</span>{' '}
                {version.targetGroups.map((g) => t(`enums.targetGroup.${g}`)).join(', ')}
              </p>
            ) : null}

            <div className="actions no-print">
              <Link to={paths.pathwayHistory(pathway.id)} className="button">
                {t('pathway.history')}
              </Link>
              <Link to={paths.pathwayPrint(pathway.id)} className="button">
                {t('pathway.print')}
              </Link>
              {open?.state === 'DRAFT' && pathway.viewerCan.editDraft ? (
                <>
                  <Link to={paths.pathwayEdit(pathway.id)} className="button">
                    {t('pathway.editDraft')}
                  </Link>
                  <button type="button" disabled={busy} onClick={() => void submit({ pathwayId: pathway.id })}>
                    {t('pathway.submit')}
                  </button>
                </>
              ) : null}
              {!open && pathway.viewerCan.startDraft ? (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => {
                    void startDraft({ pathwayId: pathway.id }).then((r) => {
                      if (r.data) void navigate(paths.pathwayEdit(pathway.id));
                    });
                  }}
                >
                  {t('pathway.startDraft')}
                </button>
              ) : null}
              {open && pathway.viewerCan.publish ? (
                <button type="button" className="primary" disabled={busy} onClick={() => void publish({ pathwayId: pathway.id })}>
                  {t('pathway.publish')}
                </button>
              ) : null}
              {open?.state === 'IN_REVIEW' && pathway.viewerCan.publish ? (
                <button type="button" disabled={busy} onClick={() => void returnToDraft({ pathwayId: pathway.id })}>
                  {t('pathway.returnToDraft')}
                </button>
              ) : null}
              {open && pathway.publishedVersion && pathway.viewerCan.editDraft ? (
                <ConfirmButton
                  question={t('pathwayAdmin.discardConfirm', { n: open.number })}
                  confirm={t('pathwayAdmin.discardYes')}
                  busy={busy}
                  onConfirm={() => {
                    setOutcome('');
                    void discard({ pathwayId: pathway.id }).then((r) => {
                      if (r.data) setOutcome(t('pathwayAdmin.discarded'));
                    });
                  }}
                >
                  {t('pathwayAdmin.discard')}
                </ConfirmButton>
              ) : null}
              {open && !pathway.publishedVersion && pathway.viewerCan.editDraft ? (
                <ConfirmButton
                  question={t('pathwayAdmin.deleteConfirm')}
                  confirm={t('pathwayAdmin.deleteYes')}
                  busy={busy}
                  onConfirm={() => {
                    const title = version?.title ?? t('pathway.untitled');
                    void deletePathway({ pathwayId: pathway.id }, { additionalTypenames: ['Pathway'] }).then((r) => {
                      if (!r.data) return;
                      const back = pathway.region ? paths.region(pathway.region.id) : paths.national;
                      void navigate(back, { state: { notice: t('pathwayAdmin.deleted', { title }) } });
                    });
                  }}
                >
                  {t('pathwayAdmin.delete')}
                </ConfirmButton>
              ) : null}
            </div>
            <Outcome message={outcome} takeFocus />
            {open && version?.number !== open.number ? (
              <p className="note no-print">{t(`pathway.openVersionNote.${open.state ?? 'DRAFT'}`, { n: open.number })}</p>
            ) : null}
            <Problems problems={actionProblems} />
            {pathway.base ? <BaseUpdated pathwayId={pathway.id} base={pathway.base} canTake={pathway.viewerCan.publish} /> : null}

            <section aria-labelledby="steps">
              <h2 id="steps">{t('pathway.steps')}</h2>
              <StepFlow steps={version?.steps ?? []} />
            </section>
            {version?.body ? (
              <section aria-labelledby="body">
                <h2 id="body">{t('pathway.body')}</h2>
                <MarkdownBody markdown={version.body} />
              </section>
            ) : null}
            {version?.tags.length ? (
              <p className="tags">
                {version.tags.map((tag) => (
                  <span key={tag} className="badge">
                    {tag}
                  </span>
                ))}
              </p>
            ) : null}
            {pathway.viewerCan.publish ? <ManagePathway pathway={pathway} national={pathway.isNational} /> : null}
            {pathway.isNational ? <RegionalVariants pathwayId={pathway.id} published={pathway.status === 'PUBLISHED'} /> : null}
            <section aria-labelledby="feedback" className="panel no-print" data-slot="feedback">
              <h2 id="feedback">{t('pathway.feedback')}</h2>
              <FeedbackForm pathwayId={pathwayId} national={!pathway.region} />
            </section>
          </article>
        );
      }}
    </QueryState>
  );
}
