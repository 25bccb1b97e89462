// A meeting, training or info session: when (in the region's time zone), where, the agenda, seats
// and registering; for its coordinators the registrations, changing or calling it off, the
// minutes and the action items.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { MarkdownBody } from '@/components/markdown-body';
import { Problems } from '@/components/problems';
import { QueryState } from '@/components/query-state';
import { paths } from '@/config/paths';
import type { EventPage_EventFragmentFragment as Event } from '@/gql/graphql';
import { useApiLanguage } from '@/lib/api-language';
import { problems } from '@/lib/errors';
import { useFormat } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { CancelEventMutation, EventPageQuery } from '../api/event';
import { ActionItems } from './action-items';
import { EventMinutes } from './event-minutes';
import { EventRegistration } from './event-registration';
import { runsRegion } from '@/lib/roles';

// A list of action items that is still empty names no type: tell the cache what makes it stale.
const EVENT_CONTEXT = { additionalTypenames: ['ActionItem'] };

export function EventPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const language = useApiLanguage();
  const [{ data, fetching, error }] = useQuery({ query: EventPageQuery, variables: { id: eventId, language }, context: EVENT_CONTEXT });
  useDocumentTitle(data?.event?.title ?? t('event.title'));

  return (
    <QueryState fetching={fetching} error={error} data={data?.event}>
      {(event) => {
        const manages = runsRegion(event.region, data?.viewer);
        return (
          <article className="event">
            <p className="breadcrumb">
              {event.region ? <Link to={paths.region(event.region.id)}>{event.region.name}</Link> : null}
            </p>
            <h1>{event.title}</h1>
            <p className="meta">
              {event.kind ? <span className="badge">{t(`enums.eventKind.${event.kind}`)}</span> : null}
              {event.status && event.status !== 'SCHEDULED' ? (
                <span className={event.status === 'CANCELLED' ? 'badge badge--warn' : 'badge'}>{t(`enums.eventStatus.${event.status}`)}</span>
              ) : null}
            </p>
            <EventFacts event={event} />
            {manages && event.status === 'SCHEDULED' ? <ManageEvent eventId={event.id} /> : null}
            <EventRegistration event={event} />
            {event.agenda ? (
              <section aria-labelledby="agenda">
                <h2 id="agenda">{t('event.agenda')}</h2>
                <MarkdownBody markdown={event.agenda} />
              </section>
            ) : null}
            {event.registrations ? <Registrations people={event.registrations} /> : null}
            <EventMinutes event={event} manages={manages} />
            {event.region ? (
              <ActionItems eventId={event.id} regionId={event.region.id} items={event.actionItems} manages={manages && event.status !== 'CANCELLED'} />
            ) : null}
          </article>
        );
      }}
    </QueryState>
  );
}

/** When, where, for whom and how many seats. */
function EventFacts({ event }: { event: Event }) {
  const { t } = useTranslation();
  const format = useFormat();
  /** A count for a plural message, and how it reads. */
  const counted = (count: number) => ({ count, formatted: format.number(count) });
  return (
    <dl className="summary">
      <dt>{t('event.when')}</dt>
      <dd data-testid="event-when">{format.dateTimeRange(event.startsAt, event.endsAt, event.timeZone)}</dd>
      {event.place ? (
        <>
          <dt>{t('event.place')}</dt>
          <dd>{event.place}</dd>
        </>
      ) : null}
      {event.onlineUrl ? (
        <>
          <dt>{t('event.online')}</dt>
          <dd>
            <a href={event.onlineUrl}>{event.onlineUrl}</a>
          </dd>
        </>
      ) : null}
      <dt>{t('event.audience')}</dt>
      <dd>{t(`enums.visibility.${event.audience}`)}</dd>
      <dt>{t('event.seats')}</dt>
      <dd data-testid="event-seats">
        {event.capacity === null
          ? t('event.seatsUnlimited', counted(event.registeredCount))
          : [
              t('event.seatsCapacity', counted(event.capacity)),
              t('event.seatsTaken', counted(event.registeredCount)),
              t('event.seatsLeft', counted(event.seatsLeft ?? 0)),
            ].join(', ')}
      </dd>
    </dl>
  );
}

/** Change or call off a scheduled event (calling off asks once more). */
function ManageEvent({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [cancelled, cancel] = useMutation(CancelEventMutation);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="actions">
        <Link to={paths.eventEdit(eventId)} className="button">
          {t('event.edit')}
        </Link>
        {confirming ? (
          <>
            <span>{t('event.cancelConfirm')}</span>
            <button type="button" className="primary" disabled={cancelled.fetching} onClick={() => void cancel({ id: eventId })}>
              {t('event.cancelYes')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('event.cancelNo')}
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('event.cancel')}
          </button>
        )}
      </div>
      <Problems problems={problems(cancelled.error)} />
    </>
  );
}

function Registrations({ people }: { people: Event['registrations'] & object }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="registrations">
      <h2 id="registrations">
        {t('event.registrations')} <span className="count">({format.number(people.length)})</span>
      </h2>
      {people.length === 0 ? <p>{t('event.noRegistrations')}</p> : null}
      <ol className="registrations">
        {people.map((person) => (
          <li key={person.id}>
            {person.name}
            {person.title ? `, ${person.title}` : ''}
            {person.organisation ? ` · ${person.organisation.name}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
