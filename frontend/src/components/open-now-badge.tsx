// "Open now" / "Closed now", computed in the service's time zone and kept current every minute.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { graphql } from '@/gql';
import { isOpenAt, type Hours } from '@/lib/opening-hours';

/** What the badge needs of a service's hours: spread into `hours { … }` of every query that shows it. */
export const OpenNowHoursFields = graphql(`
  fragment OpenNowBadge_HoursFragment on OpeningHours {
    weekly {
      day
      opens
      closes
    }
    exceptions {
      date
      closed
      opens
      closes
    }
  }
`);

interface OpenNowBadgeProps {
  hours: Hours | null | undefined;
  timeZone: string;
  temporarilyClosed?: boolean;
}

/** A badge saying whether the service answers at this moment; nothing when it has no hours. */
export function OpenNowBadge({ hours, timeZone, temporarilyClosed = false }: OpenNowBadgeProps) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(new Date());
    }, 60_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  if (temporarilyClosed) return <span className="badge badge--closed">{t('service.temporarilyClosed')}</span>;
  if (!hours || hours.weekly.length === 0) return null;
  const open = isOpenAt(hours, timeZone, now);
  return (
    <span className={open ? 'badge badge--open' : 'badge badge--closed'} data-testid="open-now">
      {open ? t('service.openNow') : t('service.closedNow')}
    </span>
  );
}
