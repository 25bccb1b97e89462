// Weekly phone hours as a table, Monday first, with the exceptions below and the time zone named;
// times as the reader's language writes them ("9.00–15.00" in Finnish).
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/format';
import { WEEKDAYS, type Hours } from '@/lib/opening-hours';

export function WeeklyHours({ hours, timeZone }: { hours: Hours & { exceptions: readonly { note?: string | null }[] }; timeZone: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <table className="hours">
        <caption>{t('service.hoursCaption', { zone: timeZone })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('service.day')}</th>
            <th scope="col">{t('service.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => {
            const periods = hours.weekly.filter((p) => p.day === day);
            return (
              <tr key={day}>
                <th scope="row">{t(`enums.weekday.${day}`)}</th>
                <td>{periods.length ? periods.map((p) => format.timeRange(p.opens, p.closes)).join(', ') : t('service.closed')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hours.exceptions.length ? (
        <>
          <h3>{t('service.exceptions')}</h3>
          <ul>
            {hours.exceptions.map((e, i) => (
              <li key={i}>
                {format.date(e.date)}:{' '}
                {e.closed || !e.opens || !e.closes ? t('service.closed') : format.timeRange(e.opens, e.closes)}
                {hours.exceptions[i]?.note ? ` (${hours.exceptions[i].note})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
