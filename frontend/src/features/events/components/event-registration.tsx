// Registering for a scheduled event and cancelling the registration, until the event begins. When
// the last seat goes (or the event begins) while the page is open, the API's CONFLICT is said in
// its own words and the event is reloaded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { EventPage_EventFragmentFragment as Event } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { signInPath } from '@/lib/return-path';
import { useSignedIn } from '@/lib/use-session';

import { CancelEventRegistrationMutation, RegisterForEventMutation } from '../api/event';

export function EventRegistration({ event }: { event: Event }) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const [registered, register] = useMutation(RegisterForEventMutation);
  const [unregistered, unregister] = useMutation(CancelEventRegistrationMutation);
  // The time the page was opened: an event that begins meanwhile is refused by the API (CONFLICT).
  const [openedAt] = useState(() => Date.now());
  if (event.status !== 'SCHEDULED') return null;
  const busy = registered.fetching || unregistered.fetching;
  const begun = new Date(event.startsAt).getTime() <= openedAt;
  const full = event.seatsLeft === 0 && !event.viewerIsRegistered;

  return (
    <section aria-labelledby="registration" className="registration">
      <h2 id="registration">{t('event.registration')}</h2>
      {begun ? (
        <p>
          {event.viewerIsRegistered ? `${t('event.youWereRegistered')} ` : null}
          {t('event.registrationClosed')}
        </p>
      ) : !signedIn ? (
        <p>
          <Link to={signInPath(paths.event(event.id))}>{t('event.signInToRegister')}</Link>
        </p>
      ) : event.viewerIsRegistered ? (
        <>
          <p role="status">{t('event.youAreRegistered')}</p>
          <button type="button" disabled={busy} onClick={() => void unregister({ id: event.id }, { additionalTypenames: ['Event'] })}>
            {t('event.unregister')}
          </button>
        </>
      ) : (
        <>
          {full ? (
            <p className="notice" role="alert">
              {t('event.full')}
            </p>
          ) : null}
          <button
            type="button"
            className="primary"
            disabled={busy || event.seatsLeft === 0}
            onClick={() => {
              // A CONFLICT answer carries no event: reload it for the seats as they are now.
              void register({ id: event.id }, { additionalTypenames: ['Event'] });
            }}
          >
            {t('event.register')}
          </button>
        </>
      )}
      <Problems
        problems={[
          // The full notice says what a CONFLICT of a full event would say again.
          ...problems(registered.error).filter((p) => !(full && p.code === 'CONFLICT')),
          ...problems(unregistered.error),
        ]}
      />
    </section>
  );
}
