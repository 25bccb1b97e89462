// The pathway editor: steps (with the responsible organisation and service from the region, or
// from the whole directory for a national pathway),
// body in Markdown, then save the draft, submit it for review or publish it. Every API error is
// shown at the field it names (the personal-data guard's too); a save over someone else's save
// made since the editor opened is refused, not overwritten.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/field';
import { MarkdownBody } from '@/components/markdown-body';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { Language, PathwayContentInput, TargetGroup } from '@/gql/graphql';
import { TARGET_GROUPS } from '@/lib/enum-values';
import { problems as allProblems } from '@/lib/errors';
import { useFocusOnRefusal } from '@/lib/focus';
import { useDocumentTitle } from '@/lib/use-document-title';

import {
  CreatePathwayMutation,
  PathwayEditorQuery,
  PublishPathwayMutation,
  SubmitPathwayMutation,
  UpdatePathwayDraftMutation,
} from '../api/pathway';
import { useStepChoices } from './step-choices';

const CONTENT_LANGUAGES: readonly Language[] = ['FI', 'SV', 'NB', 'EN'];

interface StepDraft {
  key: string;
  title: string;
  description: string;
  organisationId: string;
  serviceId: string;
  referralCriteria: string;
}

interface Draft {
  title: string;
  summary: string;
  language: Language;
  targetGroups: TargetGroup[];
  tags: string;
  body: string;
  changeNote: string;
  steps: StepDraft[];
}

let nextKey = 0;
const newKey = () => `step-${++nextKey}`;

const EMPTY: Draft = { title: '', summary: '', language: 'FI', targetGroups: [], tags: '', body: '', changeNote: '', steps: [] };

function toInput(draft: Draft): PathwayContentInput {
  return {
    title: draft.title,
    summary: draft.summary,
    language: draft.language,
    targetGroups: draft.targetGroups,
    tags: draft.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    body: draft.body,
    changeNote: draft.changeNote,
    steps: draft.steps.map((s) => ({
      title: s.title,
      description: s.description,
      referralCriteria: s.referralCriteria,
      organisationId: s.organisationId || null,
      serviceId: s.serviceId || null,
    })),
  };
}

/** Route entry: `/pathways/:id/edit` loads the open draft, `/regions/:id/pathways/new` and
 * `/national/pathways/new` start empty. */
export function PathwayEditorPage() {
  const { t } = useTranslation();
  const { pathwayId, regionId } = useParams();
  useDocumentTitle(pathwayId ? t('editor.editTitle') : t('editor.newTitle'));
  const [{ data, fetching, error }] = useQuery({
    query: PathwayEditorQuery,
    variables: { id: pathwayId ?? '' },
    pause: !pathwayId,
  });
  if (!pathwayId) return <Editor regionId={regionId ?? null} initial={EMPTY} />;
  return (
    <QueryState fetching={fetching} error={error} data={data?.pathway}>
      {(pathway) => {
        const open = pathway.openVersion;
        if (!open || open.state !== 'DRAFT' || !pathway.viewerCan.editDraft) {
          return (
            <>
              <h1>{t('editor.editTitle')}</h1>
              <p role="alert">{t('editor.noDraft')}</p>
            </>
          );
        }
        const initial: Draft = {
          title: open.title,
          summary: open.summary,
          language: open.language ?? 'FI',
          targetGroups: [...open.targetGroups],
          tags: open.tags.join(', '),
          body: open.body,
          changeNote: open.changeNote,
          steps: open.steps.map((s) => ({
            key: newKey(),
            title: s.title,
            description: s.description,
            referralCriteria: s.referralCriteria,
            organisationId: s.responsibleOrganisation?.id ?? '',
            serviceId: s.service?.id ?? '',
          })),
        };
        return (
          <Editor
            key={pathway.id}
            pathwayId={pathway.id}
            regionId={pathway.region?.id ?? null}
            canPublish={pathway.viewerCan.publish}
            initial={initial}
            openedAt={open.updatedAt}
          />
        );
      }}
    </QueryState>
  );
}

interface EditorProps {
  pathwayId?: string;
  /** The pathway's region; `null` for a national pathway. */
  regionId: string | null;
  canPublish?: boolean;
  initial: Draft;
  /** The draft's `updatedAt` as loaded: a save names it, so one over someone else's is refused. */
  openedAt?: string;
}

function Editor({ pathwayId, regionId, canPublish, initial, openedAt }: EditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [draft, setDraft] = useState<Draft>(initial);
  // Moves on with each of this editor's own saves, never with a refetch.
  const [readAt, setReadAt] = useState(openedAt);
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();
  const [preview, setPreview] = useState(false);
  // A new pathway's first save moves to its own editor route, which says it was saved.
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const choices = useStepChoices(regionId);
  const { organisations, services } = choices;
  const [created, create] = useMutation(CreatePathwayMutation);
  const [updated, update] = useMutation(UpdatePathwayDraftMutation);
  const [submitted, submit] = useMutation(SubmitPathwayMutation);
  const [published, publish] = useMutation(PublishPathwayMutation);
  const busy = created.fetching || updated.fetching || submitted.fetching || published.fetching;
  const mayPublish = canPublish ?? choices.mayPublish;

  const problems = [created, updated, submitted, published, organisations, services].flatMap((r) => allProblems(r.error));
  const at = (field: string) => problems.find((p) => p.field === `content.${field}`)?.reason;
  const general = problems.filter((p) => !p.field?.startsWith('content.'));

  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const setStep = (index: number, patch: Partial<StepDraft>) => {
    set({ steps: draft.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  };
  const moveStep = (index: number, by: number) => {
    const steps = [...draft.steps];
    const [step] = steps.splice(index, 1);
    if (step) steps.splice(index + by, 0, step);
    set({ steps });
  };

  /** Saves the draft; answers the pathway's id, or null when the API refused it. */
  const save = async (): Promise<string | null> => {
    const content = toInput(draft);
    if (pathwayId) {
      const answer = await update({ pathwayId, content, ifUnchangedSince: readAt });
      if (!answer.data) return null;
      setReadAt(answer.data.updatePathwayDraft.openVersion?.updatedAt);
      return pathwayId;
    }
    const answer = await create({ input: { regionId, content } });
    return answer.data?.createPathway.id ?? null;
  };

  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const action = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') ?? 'save';
    const id = await save();
    if (!id) {
      // Bring the first field with an error into view for keyboard and screen-reader users.
      focusFirstInvalid();
      return;
    }
    if (action === 'save') {
      setSaved(true);
      if (!pathwayId) void navigate(paths.pathwayEdit(id), { replace: true, state: { saved: true } });
      return;
    }
    if (action === 'submit') {
      const answer = await submit({ pathwayId: id });
      if (answer.data) void navigate(paths.pathway(id));
      return;
    }
    const answer = await publish({ pathwayId: id });
    if (answer.data) void navigate(paths.pathway(id));
  };

  return (
    <form ref={form} className="editor" onSubmit={(event) => void onSubmit(event)} noValidate>
      <h1>{pathwayId ? t('editor.editTitle') : t('editor.newTitle')}</h1>
      <Problems problems={general} />
      <p role="status">{saved ? t('editor.saved') : ''}</p>
      <TextField
        label={t('editor.title')}
        required
        value={draft.title}
        onChange={(e) => {
          set({ title: e.target.value });
        }}
        error={at('title')}
      />
      <TextAreaField
        label={t('editor.summary')}
        rows={2}
        value={draft.summary}
        onChange={(e) => {
          set({ summary: e.target.value });
        }}
        error={at('summary')}
      />
      <SelectField
        label={t('editor.language')}
        value={draft.language}
        onChange={(e) => {
          set({ language: e.target.value as Language });
        }}
      >
        {CONTENT_LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`enums.language.${l}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('service.targetGroups')}
        options={TARGET_GROUPS}
        labelOf={(group) => t(`enums.targetGroup.${group}`)}
        selected={draft.targetGroups}
        onChange={(targetGroups) => {
          set({ targetGroups });
        }}
      />
      <TextField
        label={t('editor.tags')}
        hint={t('editor.tagsHint')}
        value={draft.tags}
        onChange={(e) => {
          set({ tags: e.target.value });
        }}
        error={problems.find((p) => p.field?.startsWith('content.tags'))?.reason}
      />

      <fieldset className="editor__steps">
        <legend>{t('pathway.steps')}</legend>
        {draft.steps.length === 0 ? <p>{t('pathway.noSteps')}</p> : null}
        <ol>
          {draft.steps.map((step, i) => {
            const stepServices = services.items.filter((s) => !step.organisationId || s.organisation?.id === step.organisationId);
            return (
              <li key={step.key} className="editor__step">
                <fieldset>
                  <legend>{t('pathway.stepN', { n: i + 1 })}</legend>
                  <TextField
                    label={t('editor.stepTitle')}
                    required
                    value={step.title}
                    onChange={(e) => {
                      setStep(i, { title: e.target.value });
                    }}
                    error={at(`steps.${i}.title`)}
                  />
                  <TextAreaField
                    label={t('editor.stepDescription')}
                    rows={3}
                    value={step.description}
                    onChange={(e) => {
                      setStep(i, { description: e.target.value });
                    }}
                    error={at(`steps.${i}.description`)}
                  />
                  <SelectField
                    label={t('pathway.responsible')}
                    value={step.organisationId}
                    onChange={(e) => {
                      setStep(i, { organisationId: e.target.value, serviceId: '' });
                    }}
                    error={at(`steps.${i}.organisationId`)}
                  >
                    <option value="">{t('editor.none')}</option>
                    {organisations.items.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    label={t('pathway.service')}
                    value={step.serviceId}
                    onChange={(e) => {
                      setStep(i, { serviceId: e.target.value });
                    }}
                    error={at(`steps.${i}.serviceId`)}
                  >
                    <option value="">{t('editor.none')}</option>
                    {stepServices.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextAreaField
                    label={t('pathway.referralCriteria')}
                    rows={2}
                    value={step.referralCriteria}
                    onChange={(e) => {
                      setStep(i, { referralCriteria: e.target.value });
                    }}
                    error={at(`steps.${i}.referralCriteria`)}
                  />
                  <div className="actions">
                    <button type="button" disabled={i === 0} onClick={() => { moveStep(i, -1); }}>
                      {t('editor.moveUp')}
                    </button>
                    <button type="button" disabled={i === draft.steps.length - 1} onClick={() => { moveStep(i, 1); }}>
                      {t('editor.moveDown')}
                    </button>
                    <button
                      type="button"
                      onClick={() => {
                        set({ steps: draft.steps.filter((_, j) => j !== i) });
                      }}
                    >
                      {t('editor.removeStep')}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {at('steps') ? <p className="field__error">{at('steps')}</p> : null}
        <button
          type="button"
          onClick={() => {
            set({
              steps: [...draft.steps, { key: newKey(), title: '', description: '', organisationId: '', serviceId: '', referralCriteria: '' }],
            });
          }}
        >
          {t('editor.addStep')}
        </button>
      </fieldset>

      <div className="editor__body">
        <TextAreaField
          label={t('editor.body')}
          hint={t('editor.bodyHint')}
          rows={14}
          value={draft.body}
          onChange={(e) => {
            set({ body: e.target.value });
          }}
          error={at('body')}
        />
        <label>
          <input
            type="checkbox"
            checked={preview}
            onChange={() => {
              setPreview(!preview);
            }}
          />{' '}
          {t('editor.preview')}
        </label>
        {preview ? (
          <section aria-label={t('editor.preview')} className="editor__preview">
            <MarkdownBody markdown={draft.body} />
          </section>
        ) : null}
      </div>
      <TextField
        label={t('editor.changeNote')}
        value={draft.changeNote}
        onChange={(e) => {
          set({ changeNote: e.target.value });
        }}
        error={at('changeNote')}
      />
      <div className="actions">
        <button type="submit" name="action" value="save" disabled={busy}>
          {t('editor.save')}
        </button>
        <button type="submit" name="action" value="submit" disabled={busy}>
          {t('editor.submit')}
        </button>
        {mayPublish ? (
          <button type="submit" name="action" value="publish" className="primary" disabled={busy}>
            {t('editor.publish')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
