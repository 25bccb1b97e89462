// "Meetings and trainings": the region's upcoming events soonest first, the past ones newest first,
// each linked to its page, times in the region's time zone; coordinators schedule new ones here.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

import { RegionEventsQuery } from '../api/region';

// An empty list names no type, so tell the cache which mutations make it stale.
const EVENT_CONTEXT = { additionalTypenames: ['Event'] };

export function RegionEvents({ regionId, manages }: { regionId: string; manages: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="events">
      <h2 id="events">{t('region.events')}</h2>
      {manages ? (
        <p>
          <Link to={paths.newEvent(regionId)} className="button">
            {t('region.newEvent')}
          </Link>
        </p>
      ) : null}
      <EventList regionId={regionId} upcoming heading={t('region.upcomingEvents')} empty={t('region.noUpcomingEvents')} id="events-upcoming" />
      <EventList regionId={regionId} upcoming={false} heading={t('region.pastEvents')} empty={t('region.noPastEvents')} id="events-past" />
    </section>
  );
}

interface EventListProps {
  regionId: string;
  upcoming: boolean;
  heading: string;
  empty: string;
  id: string;
}

function EventList({ regionId, upcoming, heading, empty, id }: EventListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data }] = useQuery({ query: RegionEventsQuery, variables: { regionId, upcoming }, context: EVENT_CONTEXT });
  const events = data?.events.nodes ?? [];
  return (
    <div className="event-list">
      <h3 id={id}>{heading}</h3>
      {data && events.length === 0 ? <p>{empty}</p> : null}
      <ul className="card-list">
        {events.map((event) => (
          <li key={event.id} className="card">
            <Link to={paths.event(event.id)}>{event.title}</Link>
            {event.status && event.status !== 'SCHEDULED' ? (
              <span className={event.status === 'CANCELLED' ? 'badge badge--warn' : 'badge'}>{t(`enums.eventStatus.${event.status}`)}</span>
            ) : null}
            {event.viewerIsRegistered ? <span className="badge badge--open">{t('region.registered')}</span> : null}
            <p>{format.dateTimeRange(event.startsAt, event.endsAt, event.timeZone)}</p>
            <p className="meta">
              {event.kind ? t(`enums.eventKind.${event.kind}`) : null}
              {event.place ? ` · ${event.place}` : event.onlineUrl ? ` · ${t('region.online')}` : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
