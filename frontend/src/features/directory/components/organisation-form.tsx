// The organisation form (adding one to a region, changing one): name, kind, business id (the
// server checks the Y-tunnus or organisasjonsnummer), municipality, description, contact channels
// and whether anonymous visitors see it. Every API error shows at the field it names.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';

import { ChannelEditor, channelDrafts, channelInputs, type ChannelDraft } from '@/components/channel-editor';
import { CheckboxField, TextAreaField, TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import type { OrganisationForm_OrganisationFragmentFragment as Organisation, OrganisationInput, OrganisationKind } from '@/gql/graphql';
import { ORGANISATION_KINDS } from '@/lib/enum-values';
import { useFocusOnRefusal } from '@/lib/focus';
import { useFormProblems } from '@/lib/use-form-problems';

import { KindSelect } from './kind-select';

const FIELDS = ['name', 'kind', 'businessId', 'municipality', 'description', 'public', 'channels', 'channels.'];

/** An organisation as its form holds it. */
export interface OrganisationDraft {
  name: string;
  /** Empty until chosen for a new organisation. */
  kind: OrganisationKind | '';
  businessId: string;
  municipality: string;
  description: string;
  channels: ChannelDraft[];
  public: boolean;
}

/** A new organisation's draft. */
export const EMPTY_ORGANISATION: OrganisationDraft = {
  name: '',
  kind: '',
  businessId: '',
  municipality: '',
  description: '',
  channels: [],
  public: false,
};

/** The draft of a loaded organisation. */
export function organisationDraft(organisation: Organisation): OrganisationDraft {
  return {
    name: organisation.name,
    kind: organisation.kind ?? 'OTHER',
    businessId: organisation.businessId ?? '',
    municipality: organisation.municipality ?? '',
    description: organisation.description,
    channels: channelDrafts(organisation.channels),
    public: organisation.public,
  };
}

function organisationInput(draft: OrganisationDraft): OrganisationInput {
  return {
    name: draft.name,
    kind: draft.kind || 'OTHER',
    businessId: draft.businessId.trim() ? draft.businessId : null,
    municipality: draft.municipality.trim() ? draft.municipality : null,
    description: draft.description,
    channels: channelInputs(draft.channels),
    public: draft.public,
  };
}

interface OrganisationFormProps {
  initial: OrganisationDraft;
  submitLabel: string;
  /** Where "Cancel" goes back to. */
  cancelTo: string;
  busy: boolean;
  error: CombinedError | undefined;
  /** Saves the organisation; answers whether the API took it. */
  onSubmit: (input: OrganisationInput) => Promise<boolean>;
}

/** The form; `onSubmit` gets the input once the form's own checks pass. */
export function OrganisationForm({ initial, submitLabel, cancelTo, busy, error, onSubmit }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();
  const [draft, setDraft] = useState(initial);
  const { byField, general, refuse } = useFormProblems(error, FIELDS);
  // The one thing unique about an organisation is its business id: a conflict is about that field.
  const taken = general.find((p) => p.code === 'CONFLICT');
  const errorAt = (field: string) => (field === 'businessId' && taken ? taken.reason : byField[field]);
  const set = (patch: Partial<OrganisationDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const refused = refuse({
      ...(draft.name.trim() ? {} : { name: t('directoryAdmin.nameMissing') }),
      ...(draft.kind ? {} : { kind: t('directoryAdmin.chooseKind') }),
    });
    if (refused || !(await onSubmit(organisationInput(draft)))) focusFirstInvalid();
  };

  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="directory-form">
      <Problems problems={general.filter((p) => p !== taken)} />
      <TextField
        label={t('directoryAdmin.name')}
        required
        autoComplete="organization"
        value={draft.name}
        onChange={(e) => {
          set({ name: e.target.value });
        }}
        error={errorAt('name')}
      />
      <KindSelect
        label={t('directoryAdmin.organisationKind')}
        kinds={ORGANISATION_KINDS}
        names="organisationKind"
        value={draft.kind}
        onChange={(kind) => {
          set({ kind });
        }}
        error={errorAt('kind')}
      />
      <TextField
        label={t('directoryAdmin.businessId')}
        hint={t('directoryAdmin.businessIdHint')}
        value={draft.businessId}
        onChange={(e) => {
          set({ businessId: e.target.value });
        }}
        error={errorAt('businessId')}
      />
      <TextField
        label={t('directoryAdmin.municipality')}
        value={draft.municipality}
        onChange={(e) => {
          set({ municipality: e.target.value });
        }}
        error={errorAt('municipality')}
      />
      <TextAreaField
        label={t('directoryAdmin.organisationDescription')}
        rows={4}
        value={draft.description}
        onChange={(e) => {
          set({ description: e.target.value });
        }}
        error={errorAt('description')}
      />
      <ChannelEditor
        channels={draft.channels}
        onChange={(channels) => {
          set({ channels });
        }}
        errorAt={errorAt}
      />
      <CheckboxField
        label={t('directoryAdmin.public')}
        hint={t('directoryAdmin.publicOrganisationHint')}
        checked={draft.public}
        onChange={(e) => {
          set({ public: e.target.checked });
        }}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        <Link to={cancelTo}>{t('common.cancel')}</Link>
      </div>
    </form>
  );
}
