// Scheduling an event and changing it (the region's coordinators): kind, title, agenda, start and
// end as wall-clock times in the region's time zone, place or online link, seats and audience.
// Every API error shows at the field it names; a change saved by someone else since the form
// opened is refused, not overwritten.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { SelectField, TextAreaField, TextField } from '@/components/field';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { EventInput, EventKind, EventPage_EventFragmentFragment as Event, Visibility } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import type { splitProblems } from '@/lib/errors';
import { useFocusOnRefusal } from '@/lib/focus';
import { useFormProblems } from '@/lib/use-form-problems';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useOpenedAt } from '@/lib/use-opened-at';

import { CreateEventMutation, EventEditorQuery, EventEditorRegionQuery, UpdateEventMutation } from '../api/event';
import { runsRegion } from '@/lib/roles';

const KINDS: readonly EventKind[] = ['NETWORK_MEETING', 'TRAINING', 'INFO_SESSION'];
const AUDIENCES: readonly Visibility[] = ['NETWORK', 'ALL_MEMBERS', 'PUBLIC'];
const FIELDS = ['kind', 'title', 'agenda', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'capacity', 'audience'];

interface Draft {
  kind: EventKind;
  title: string;
  agenda: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  capacity: string;
  audience: Visibility;
}

const EMPTY: Draft = {
  kind: 'NETWORK_MEETING',
  title: '',
  agenda: '',
  startsAt: '',
  endsAt: '',
  place: '',
  onlineUrl: '',
  capacity: '',
  audience: 'NETWORK',
};

function fromEvent(event: Event): Draft {
  return {
    kind: event.kind ?? 'NETWORK_MEETING',
    title: event.title,
    agenda: event.agenda,
    startsAt: event.localStart,
    endsAt: event.localEnd,
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity?.toString() ?? '',
    audience: event.audience,
  };
}

function toInput(draft: Draft): EventInput {
  return {
    kind: draft.kind,
    title: draft.title,
    agenda: draft.agenda,
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    place: draft.place.trim() ? draft.place : null,
    onlineUrl: draft.onlineUrl.trim() ? draft.onlineUrl.trim() : null,
    capacity: draft.capacity.trim() ? Number(draft.capacity) : null,
    audience: draft.audience,
  };
}

/**
 * What the form refuses before sending, every field at once: the title and times are required,
 * the end comes after the start, a place or an online link is given, and seats are a whole
 * number from 1 (or none). The API checks all this again, and more (the link, the length).
 */
function refusals(draft: Draft, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  if (!draft.title.trim()) found.title = t('common.required');
  if (!draft.startsAt) found.startsAt = t('common.required');
  if (!draft.endsAt) found.endsAt = t('common.required');
  else if (draft.startsAt && draft.endsAt <= draft.startsAt) found.endsAt = t('eventForm.endsBeforeStart');
  if (!draft.place.trim() && !draft.onlineUrl.trim()) found.place = t('eventForm.placeMissing');
  const capacity = draft.capacity.trim();
  if (capacity && !(/^\d+$/.test(capacity) && Number(capacity) >= 1)) found.capacity = t('eventForm.capacityInvalid');
  return found;
}

/** `/regions/:regionId/events/new`. */
export function NewEventPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: EventEditorRegionQuery, variables: { regionId, language } });
  const [result, create] = useMutation(CreateEventMutation);
  useDocumentTitle(t('eventForm.newTitle'));
  const region = data?.region;
  const allowed = region && runsRegion(region, data.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? region : null}>
      {(r) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.region(r.id)}>{r.name}</Link>
          </p>
          <h1>{t('eventForm.newTitle')}</h1>
          <EventForm
            initial={EMPTY}
            timeZone={r.timeZone}
            submitLabel={t('eventForm.create')}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await create({ regionId: r.id, input });
              if (answer.data) void navigate(paths.event(answer.data.createEvent.id));
            }}
          />
        </>
      )}
    </QueryState>
  );
}

/** `/events/:eventId/edit`. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const language = useApiLanguage();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: EventEditorQuery, variables: { id: eventId, language } });
  const [result, update] = useMutation(UpdateEventMutation);
  useDocumentTitle(t('eventForm.editTitle'));
  const event = data?.event;
  const openedAt = useOpenedAt(event?.updatedAt);
  const allowed = event?.region && runsRegion(event.region, data?.viewer);
  return (
    <QueryState fetching={fetching} error={error} data={allowed ? event : null}>
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to={paths.event(e.id)}>{e.title}</Link>
          </p>
          <h1>{t('eventForm.editTitle')}</h1>
          <EventForm
            initial={fromEvent(e)}
            timeZone={e.region?.timeZone ?? e.timeZone}
            submitLabel={t('eventForm.save')}
            busy={result.fetching}
            error={result.error}
            onSubmit={async (input) => {
              const answer = await update({ id: e.id, input, ifUnchangedSince: openedAt });
              if (answer.data) void navigate(paths.event(e.id));
            }}
          />
        </>
      )}
    </QueryState>
  );
}

interface EventFormProps {
  initial: Draft;
  timeZone: string;
  submitLabel: string;
  busy: boolean;
  error: Parameters<typeof splitProblems>[0];
  onSubmit: (input: EventInput) => Promise<void>;
}

function EventForm({ initial, timeZone, submitLabel, busy, error, onSubmit }: EventFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const { byField, general, refuse } = useFormProblems(error ?? undefined, FIELDS);
  const { form, refused: focusFirstInvalid } = useFocusOnRefusal();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (refuse(refusals(draft, t))) {
      focusFirstInvalid();
      return;
    }
    void onSubmit(toInput(draft)).then(focusFirstInvalid);
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="event-form narrow">
      <Problems problems={general} />
      <SelectField
        label={t('eventForm.kind')}
        value={draft.kind}
        onChange={(e) => {
          set('kind', e.target.value as EventKind);
        }}
        error={byField.kind}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`enums.eventKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('eventForm.title')}
        value={draft.title}
        onChange={(e) => {
          set('title', e.target.value);
        }}
        error={byField.title}
      />
      <TextField
        label={t('eventForm.startsAt')}
        type="datetime-local"
        hint={t('eventForm.timeHint', { zone: timeZone })}
        value={draft.startsAt}
        onChange={(e) => {
          set('startsAt', e.target.value);
        }}
        error={byField.startsAt}
      />
      <TextField
        label={t('eventForm.endsAt')}
        type="datetime-local"
        hint={t('eventForm.timeHint', { zone: timeZone })}
        value={draft.endsAt}
        onChange={(e) => {
          set('endsAt', e.target.value);
        }}
        error={byField.endsAt}
      />
      <TextField
        label={t('eventForm.place')}
        hint={t('eventForm.placeHint')}
        value={draft.place}
        onChange={(e) => {
          set('place', e.target.value);
        }}
        error={byField.place}
      />
      <TextField
        label={t('eventForm.onlineUrl')}
        type="url"
        value={draft.onlineUrl}
        onChange={(e) => {
          set('onlineUrl', e.target.value);
        }}
        error={byField.onlineUrl}
      />
      <TextField
        label={t('eventForm.capacity')}
        hint={t('eventForm.capacityHint')}
        type="number"
        min={1}
        inputMode="numeric"
        value={draft.capacity}
        onChange={(e) => {
          set('capacity', e.target.value);
        }}
        error={byField.capacity}
      />
      <SelectField
        label={t('eventForm.audience')}
        value={draft.audience}
        onChange={(e) => {
          set('audience', e.target.value as Visibility);
        }}
        error={byField.audience}
      >
        {AUDIENCES.map((audience) => (
          <option key={audience} value={audience}>
            {t(`enums.visibility.${audience}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('eventForm.agenda')}
        hint={t('eventForm.agendaHint')}
        rows={6}
        value={draft.agenda}
        onChange={(e) => {
          set('agenda', e.target.value);
        }}
        error={byField.agenda}
      />
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
