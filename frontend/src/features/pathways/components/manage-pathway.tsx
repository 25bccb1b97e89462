// For those who may publish a pathway (its region's coordinators, admins): who reads it and when it
// is due for review, marking the published pathway reviewed, and archiving it (asked once more).
// Each form starts from the pathway's current values and starts again when they change.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { ConfirmButton } from '@/components/confirm-button';
import { SelectField, TextField } from '@/components/field';
import { Outcome } from '@/components/outcome';
import { Problems } from '@/components/problems';
import type { ManagePathway_PathwayFragmentFragment as Pathway, Visibility } from '@/gql/graphql';
import { dateFromToday } from '@/lib/calendar';
import { problems, splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';

import { ArchivePathwayMutation, MarkPathwayReviewedMutation, SetPathwaySettingsMutation } from '../api/manage';

export const VISIBILITIES: readonly Visibility[] = ['NETWORK', 'ALL_MEMBERS', 'PUBLIC'];

/** What the last action did, and whether its control went away (then the message takes the focus). */
interface Done {
  message: string;
  takeFocus?: boolean;
}

/** The settings, review and archiving of `pathway` (`national`: owned by no region). */
export function ManagePathway({ pathway, national }: { pathway: Pathway; national: boolean }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<Done>({ message: '' });
  return (
    <section aria-labelledby="manage" className="panel manage no-print" data-slot="manage">
      <h2 id="manage">{t('pathwayAdmin.manage')}</h2>
      <Outcome message={done.message} takeFocus={done.takeFocus} />
      <div className="manage__parts">
        <SettingsForm key={`${pathway.visibility ?? ''}|${pathway.reviewDue ?? ''}`} pathway={pathway} national={national} onDone={setDone} />
        {pathway.status === 'PUBLISHED' ? <MarkReviewed pathwayId={pathway.id} onDone={setDone} /> : null}
        {pathway.status !== 'ARCHIVED' ? <Archive pathwayId={pathway.id} onDone={setDone} /> : null}
      </div>
    </section>
  );
}

interface PartProps {
  onDone: (done: Done) => void;
}

/** Visibility and review-due date → `setPathwaySettings`. */
function SettingsForm({ pathway, national, onDone }: PartProps & { pathway: Pathway; national: boolean }) {
  const { t } = useTranslation();
  const [visibility, setVisibility] = useState<Visibility>(pathway.visibility ?? 'NETWORK');
  const [reviewDue, setReviewDue] = useState(pathway.reviewDue ?? '');
  const [result, save] = useMutation(SetPathwaySettingsMutation);
  const { byField, general } = splitProblems(result.error, ['visibility', 'reviewDue']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    onDone({ message: '' });
    const answer = await save({ pathwayId: pathway.id, visibility, reviewDue: reviewDue || null });
    if (answer.data) onDone({ message: t('pathwayAdmin.settingsSaved') });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="manage-settings">
      <h3 id="manage-settings">{t('pathwayAdmin.settings')}</h3>
      <Problems problems={general} />
      <SelectField
        label={t('pathwayAdmin.visibility')}
        hint={t(national ? 'pathwayAdmin.visibilityHintNational' : 'pathwayAdmin.visibilityHint')}
        value={visibility}
        onChange={(e) => {
          setVisibility(e.target.value as Visibility);
        }}
        error={byField.visibility}
      >
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {t(`enums.visibility.${v}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('pathwayAdmin.reviewDue')}
        hint={t('pathwayAdmin.reviewDueHint')}
        type="date"
        value={reviewDue}
        onChange={(e) => {
          setReviewDue(e.target.value);
        }}
        error={byField.reviewDue}
      />
      <button type="submit" disabled={result.fetching}>
        {t('pathwayAdmin.saveSettings')}
      </button>
    </form>
  );
}

/** The next review date (a year ahead unless changed) → `markPathwayReviewed`. */
function MarkReviewed({ pathwayId, onDone }: PartProps & { pathwayId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [next, setNext] = useState(() => dateFromToday({ years: 1 }));
  const [result, mark] = useMutation(MarkPathwayReviewedMutation);
  const { byField, general } = splitProblems(result.error, ['nextReviewDue']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    onDone({ message: '' });
    const answer = await mark({ pathwayId, nextReviewDue: next });
    const due = answer.data?.markPathwayReviewed.reviewDue;
    if (due) onDone({ message: t('pathwayAdmin.markedReviewed', { date: format.date(due) }) });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="manage-review">
      <h3 id="manage-review">{t('pathwayAdmin.review')}</h3>
      <p>{t('pathwayAdmin.reviewIntro')}</p>
      <Problems problems={general} />
      <TextField
        label={t('pathwayAdmin.nextReview')}
        type="date"
        min={dateFromToday({ days: 1 })}
        required
        value={next}
        onChange={(e) => {
          setNext(e.target.value);
        }}
        error={byField.nextReviewDue}
      />
      <button type="submit" disabled={result.fetching}>
        {t('pathwayAdmin.markReviewed')}
      </button>
    </form>
  );
}

/** Archiving, asked once more → `archivePathway`. */
function Archive({ pathwayId, onDone }: PartProps & { pathwayId: string }) {
  const { t } = useTranslation();
  const [result, archive] = useMutation(ArchivePathwayMutation);
  return (
    <div>
      <h3 id="manage-archive">{t('pathwayAdmin.archiveHeading')}</h3>
      <p>{t('pathwayAdmin.archiveIntro')}</p>
      <Problems problems={problems(result.error)} />
      <div className="actions">
        <ConfirmButton
          question={t('pathwayAdmin.archiveConfirm')}
          confirm={t('pathwayAdmin.archiveYes')}
          busy={result.fetching}
          onConfirm={() => {
            void archive({ pathwayId }).then((answer) => {
              if (answer.data) onDone({ message: t('pathwayAdmin.archived'), takeFocus: true });
            });
          }}
        >
          {t('pathwayAdmin.archive')}
        </ConfirmButton>
      </div>
    </div>
  );
}
