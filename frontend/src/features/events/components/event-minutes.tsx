// The minutes of an event (Markdown), and for its coordinators: mark a scheduled event held with
// its minutes, or write the minutes of a held one. The API's errors show at the minutes field.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextAreaField } from '@/components/field';
import { MarkdownBody } from '@/components/markdown-body';
import { Problems } from '@/components/problems';
import type { EventPage_EventFragmentFragment as Event } from '@/gql/graphql';
import { splitProblems } from '@/lib/errors';

import { MarkEventHeldMutation, SetEventMinutesMutation } from '../api/event';

export function EventMinutes({ event, manages }: { event: Event; manages: boolean }) {
  const { t } = useTranslation();
  const [openedAt] = useState(() => Date.now());
  // An event is marked held once it has started; before that there is nothing to record.
  const started = Date.parse(event.startsAt) <= openedAt;
  const canWrite = manages && (event.status === 'HELD' || (event.status === 'SCHEDULED' && started));
  if (!event.minutes && !canWrite) return null;
  return (
    <section aria-labelledby="minutes">
      <h2 id="minutes">{t('event.minutes')}</h2>
      {event.minutes ? <MarkdownBody markdown={event.minutes} /> : <p>{t('event.noMinutes')}</p>}
      {canWrite ? <MinutesForm event={event} /> : null}
    </section>
  );
}

function MinutesForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const held = event.status === 'HELD';
  const [minutes, setMinutes] = useState(event.minutes ?? '');
  const [saved, setSaved] = useState(false);
  const [markResult, markHeld] = useMutation(MarkEventHeldMutation);
  const [setResult, saveMinutes] = useMutation(SetEventMinutesMutation);
  const { byField, general } = splitProblems(held ? setResult.error : markResult.error, ['minutes']);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setSaved(false);
    const answer = held
      ? await saveMinutes({ id: event.id, minutes })
      : await markHeld({ id: event.id, minutes: minutes.trim() ? minutes : null });
    if (!answer.error) setSaved(true);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="minutes-form">
      {saved ? <p role="status">{held ? t('event.minutesSaved') : t('event.markedHeld')}</p> : null}
      <Problems problems={general} />
      <TextAreaField
        label={held ? t('event.minutesLabel') : t('event.minutesOptional')}
        hint={t('event.minutesHint')}
        value={minutes}
        rows={6}
        onChange={(e) => {
          setMinutes(e.target.value);
        }}
        error={byField.minutes}
      />
      <button type="submit" className="primary" disabled={markResult.fetching || setResult.fetching}>
        {held ? t('event.saveMinutes') : t('event.markHeld')}
      </button>
    </form>
  );
}
