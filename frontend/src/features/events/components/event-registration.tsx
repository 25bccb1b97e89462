// Registering for a scheduled event and cancelling the registration. When the last seat goes
// while the page is open, the API's CONFLICT is said in plain words and the seats are reloaded.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { EventPage_EventFragmentFragment as Event } from '@/gql/graphql';
import { problems } from '@/lib/errors';
import { useSignedIn } from '@/lib/use-session';

import { CancelEventRegistrationMutation, RegisterForEventMutation } from '../api/event';

export function EventRegistration({ event }: { event: Event }) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const [registered, register] = useMutation(RegisterForEventMutation);
  const [unregistered, unregister] = useMutation(CancelEventRegistrationMutation);
  if (event.status !== 'SCHEDULED') return null;
  const busy = registered.fetching || unregistered.fetching;
  const found = problems(registered.error);
  const full = found.some((p) => p.code === 'CONFLICT') || (event.seatsLeft === 0 && !event.viewerIsRegistered);

  return (
    <section aria-labelledby="registration" className="registration">
      <h2 id="registration">{t('event.registration')}</h2>
      {!signedIn ? (
        <p>
          <Link to={paths.signIn}>{t('event.signInToRegister')}</Link>
        </p>
      ) : event.viewerIsRegistered ? (
        <>
          <p role="status">{t('event.youAreRegistered')}</p>
          <button type="button" disabled={busy} onClick={() => void unregister({ id: event.id })}>
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
              // The CONFLICT answer carries no event: reload it for the seats as they are now.
              void register({ id: event.id }, { additionalTypenames: ['Event'] });
            }}
          >
            {t('event.register')}
          </button>
        </>
      )}
      <Problems problems={[...found.filter((p) => p.code !== 'CONFLICT'), ...problems(unregistered.error)]} />
    </section>
  );
}
