// The service form (adding and changing a service): what it is, whether it takes clients now,
// how to reach it, for whom and in which languages, its terms, weekly hours with exceptions in its
// time zone, and when its details were last checked. Missing choices are caught here; every API
// error shows at the field it names.
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';

import { ChannelEditor } from '@/components/channel-editor';
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import type { ServiceInput, ServiceStatus } from '@/gql/graphql';
import { SERVICE_KINDS, SERVICE_STATUSES, TARGET_GROUPS } from '@/lib/enum-values';
import { useFocusOnRefusal } from '@/lib/focus';
import { useFormat } from '@/lib/format';
import { todayIn } from '@/lib/opening-hours';
import { useFormProblems } from '@/lib/use-form-problems';

import { HoursEditor } from './hours-editor';
import { KindSelect } from './kind-select';
import { OFFERED_LANGUAGES, serviceInput, type ServiceDraft } from './service-draft';

const FIELDS = [
  'name',
  'kind',
  'description',
  'status',
  'public',
  'channels',
  'channels.',
  'languages',
  'languages.',
  'targetGroups',
  'eligibility',
  'assuredOn',
  'hours',
  'hours.',
  'timeZone',
];

/** Zones a Nordic network's services are in, offered as the time zone field's suggestions. */
const TIME_ZONES = ['Europe/Helsinki', 'Europe/Mariehamn', 'Europe/Oslo', 'Europe/Stockholm', 'Europe/Tallinn', 'Arctic/Longyearbyen'];

/** What the form refuses before asking the API: no name, no kind, times or dates left empty. */
function missing(draft: ServiceDraft, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = t('directoryAdmin.nameMissing');
  if (!draft.kind) errors.kind = t('directoryAdmin.chooseKind');
  draft.hours.weekly.forEach((p, i) => {
    if (!p.opens) errors[`hours.weekly.${i}.opens`] = t('directoryAdmin.hours.timeMissing');
    if (!p.closes) errors[`hours.weekly.${i}.closes`] = t('directoryAdmin.hours.timeMissing');
  });
  draft.hours.exceptions.forEach((e, i) => {
    if (!e.date) errors[`hours.exceptions.${i}.date`] = t('directoryAdmin.hours.dateMissing');
  });
  return errors;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

interface ServiceFormProps {
  initial: ServiceDraft;
  submitLabel: string;
  /** Where "Cancel" goes back to. */
  cancelTo: string;
  busy: boolean;
  error: CombinedError | undefined;
  /** Saves the service; answers whether the API took it. */
  onSubmit: (input: ServiceInput) => Promise<boolean>;
}

/** The form; `onSubmit` gets the input once the form's own checks pass. */
export function ServiceForm({ initial, submitLabel, cancelTo, busy, error, onSubmit }: ServiceFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const zonesId = useId();
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();
  const [draft, setDraft] = useState(initial);
  const { byField, general, refuse } = useFormProblems(error, FIELDS);
  const errorAt = (field: string) => byField[field];
  const under = (prefix: string) => Object.entries(byField).find(([field]) => field.startsWith(prefix))?.[1];
  const set = (patch: Partial<ServiceDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (refuse(missing(draft, t)) || !(await onSubmit(serviceInput(draft)))) focusFirstInvalid();
  };

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="directory-form">
      <Problems problems={general} />
      <TextField
        label={t('directoryAdmin.name')}
        required
        value={draft.name}
        onChange={(e) => {
          set({ name: e.target.value });
        }}
        error={errorAt('name')}
      />
      <KindSelect
        label={t('directoryAdmin.serviceKind')}
        kinds={SERVICE_KINDS}
        names="serviceKind"
        value={draft.kind}
        onChange={(kind) => {
          set({ kind });
        }}
        error={errorAt('kind')}
      />
      <SelectField
        label={t('directoryAdmin.status')}
        hint={t('directoryAdmin.statusHint')}
        value={draft.status}
        onChange={(e) => {
          set({ status: e.target.value as ServiceStatus });
        }}
        error={errorAt('status')}
      >
        {SERVICE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`directoryAdmin.serviceStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('directoryAdmin.serviceDescription')}
        rows={4}
        value={draft.description}
        onChange={(e) => {
          set({ description: e.target.value });
        }}
        error={errorAt('description')}
      />
      <CheckboxField
        label={t('directoryAdmin.public')}
        hint={t('directoryAdmin.publicServiceHint')}
        checked={draft.public}
        onChange={(e) => {
          set({ public: e.target.checked });
        }}
      />

      <ChannelEditor
        channels={draft.channels}
        onChange={(channels) => {
          set({ channels });
        }}
        errorAt={errorAt}
      />

      <CheckboxGroup
        legend={t('service.targetGroups')}
        options={TARGET_GROUPS}
        labelOf={(group) => t(`enums.targetGroup.${group}`)}
        selected={draft.targetGroups}
        onChange={(targetGroups) => {
          set({ targetGroups });
        }}
        error={errorAt('targetGroups')}
      />
      <CheckboxGroup
        legend={t('service.languages')}
        options={OFFERED_LANGUAGES}
        labelOf={(code) => capitalise(format.languageName(code))}
        selected={draft.languages}
        onChange={(languages) => {
          set({ languages });
        }}
        error={under('languages')}
      >
        <TextField
          label={t('directoryAdmin.otherLanguages')}
          hint={t('directoryAdmin.otherLanguagesHint')}
          value={draft.otherLanguages}
          onChange={(e) => {
            set({ otherLanguages: e.target.value });
          }}
        />
      </CheckboxGroup>
      <TextAreaField
        label={t('service.eligibility')}
        hint={t('directoryAdmin.eligibilityHint')}
        rows={3}
        value={draft.eligibility}
        onChange={(e) => {
          set({ eligibility: e.target.value });
        }}
        error={errorAt('eligibility')}
      />
      <fieldset>
        <legend>{t('directoryAdmin.terms')}</legend>
        <CheckboxField
          label={t('service.free')}
          checked={draft.isFree}
          onChange={(e) => {
            set({ isFree: e.target.checked });
          }}
        />
        <CheckboxField
          label={t('service.anonymous')}
          hint={t('directoryAdmin.anonymousHint')}
          checked={draft.isAnonymous}
          onChange={(e) => {
            set({ isAnonymous: e.target.checked });
          }}
        />
        <CheckboxField
          label={t('service.referralRequired')}
          checked={draft.referralRequired}
          onChange={(e) => {
            set({ referralRequired: e.target.checked });
          }}
        />
      </fieldset>

      <TextField
        label={t('directoryAdmin.timeZone')}
        hint={t('directoryAdmin.timeZoneHint')}
        list={zonesId}
        value={draft.timeZone}
        onChange={(e) => {
          set({ timeZone: e.target.value });
        }}
        error={errorAt('timeZone')}
      />
      <datalist id={zonesId}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <HoursEditor
        hours={draft.hours}
        timeZone={draft.timeZone}
        onChange={(hours) => {
          set({ hours });
        }}
        errorAt={errorAt}
      />

      <div className="assured">
        <TextField
          type="date"
          label={t('service.assuredOn')}
          hint={t('directoryAdmin.assuredHint')}
          value={draft.assuredOn}
          onChange={(e) => {
            set({ assuredOn: e.target.value });
          }}
          error={errorAt('assuredOn')}
        />
        <button
          type="button"
          onClick={() => {
            set({ assuredOn: todayIn(draft.timeZone) });
          }}
        >
          {t('directoryAdmin.today')}
        </button>
      </div>

      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <Link to={cancelTo}>{t('common.cancel')}</Link>
      </div>
    </form>
  );
}
