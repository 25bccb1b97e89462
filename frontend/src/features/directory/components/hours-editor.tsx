// The weekly hours of a service, a day at a time (periods added and removed, Monday's copied to
// the other weekdays), and dated exceptions (closed all day, or other times, with why). Errors
// show at the period or exception they name (`hours.weekly.3.closes`, `hours.exceptions.0`).
import { useTranslation } from 'react-i18next';

import { CheckboxField, TextField } from '@/components/field';
import type { Weekday } from '@/gql/graphql';
import { useFormat } from '@/lib/format';
import { WEEKDAYS } from '@/lib/opening-hours';
import { usePendingFocus } from '@/lib/focus';

import { addPeriod, copyDay, rowKey, type ExceptionDraft, type HoursDraft, type PeriodDraft } from './service-draft';

const WORKDAYS_AFTER_MONDAY: readonly Weekday[] = ['TUE', 'WED', 'THU', 'FRI'];

interface HoursEditorProps {
  hours: HoursDraft;
  onChange: (hours: HoursDraft) => void;
  timeZone: string;
  /** The error at an input field (`hours.weekly.0.opens`), if any. */
  errorAt: (field: string) => string | undefined;
}

/** Weekly periods by day, then the exceptions. */
export function HoursEditor({ hours, onChange, timeZone, errorAt }: HoursEditorProps) {
  const { t } = useTranslation();
  const focus = usePendingFocus();
  const setWeekly = (weekly: PeriodDraft[]) => {
    onChange({ ...hours, weekly });
  };
  const setExceptions = (exceptions: ExceptionDraft[]) => {
    onChange({ ...hours, exceptions });
  };
  return (
    <>
      <fieldset className="hours-editor">
        <legend>{t('directoryAdmin.hours.weekly')}</legend>
        <p className="field__hint">{t('directoryAdmin.hours.weeklyHint', { zone: timeZone })}</p>
        {errorAt('hours') ? <p className="field__error">{errorAt('hours')}</p> : null}
        {WEEKDAYS.map((day) => (
          <Day
            key={day}
            day={day}
            weekly={hours.weekly}
            onChange={setWeekly}
            errorAt={errorAt}
            focus={focus}
          />
        ))}
      </fieldset>
      <fieldset className="hours-editor">
        <legend>{t('service.exceptions')}</legend>
        <p className="field__hint">{t('directoryAdmin.hours.exceptionsHint')}</p>
        {hours.exceptions.length === 0 ? <p>{t('directoryAdmin.hours.noExceptions')}</p> : null}
        <ol className="plain">
          {hours.exceptions.map((exception, i) => (
            <Exception
              key={exception.key}
              exception={exception}
              at={`hours.exceptions.${i}`}
              errorAt={errorAt}
              focusRef={focus.target(exception.key)}
              onChange={(patch) => {
                setExceptions(hours.exceptions.map((e, j) => (j === i ? { ...e, ...patch } : e)));
              }}
              onRemove={() => {
                focus.focusSoon('add-exception');
                setExceptions(hours.exceptions.filter((_, j) => j !== i));
              }}
            />
          ))}
        </ol>
        <button
          type="button"
          ref={focus.target('add-exception')}
          onClick={() => {
            const key = rowKey();
            focus.focusSoon(key);
            setExceptions([...hours.exceptions, { key, date: '', closed: true, opens: '', closes: '', note: '' }]);
          }}
        >
          {t('directoryAdmin.hours.addException')}
        </button>
      </fieldset>
    </>
  );
}

interface DayProps {
  day: Weekday;
  weekly: PeriodDraft[];
  onChange: (weekly: PeriodDraft[]) => void;
  errorAt: (field: string) => string | undefined;
  focus: ReturnType<typeof usePendingFocus>;
}

/** One weekday's periods: closed when it has none. */
function Day({ day, weekly, onChange, errorAt, focus }: DayProps) {
  const { t } = useTranslation();
  const dayName = t(`enums.weekday.${day}`);
  const periods = weekly.flatMap((period, index) => (period.day === day ? [{ period, index }] : []));
  const change = (index: number, patch: Partial<PeriodDraft>) => {
    onChange(weekly.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  };
  return (
    <fieldset className="hours-editor__day">
      <legend>{dayName}</legend>
      {periods.length === 0 ? <p className="meta">{t('service.closed')}</p> : null}
      {periods.map(({ period, index }) => {
        const at = `hours.weekly.${index}`;
        return (
          <div key={period.key} className="hours-editor__period">
            <TextField
              ref={focus.target(period.key)}
              type="time"
              label={t('directoryAdmin.hours.opens')}
              value={period.opens}
              onChange={(e) => {
                change(index, { opens: e.target.value });
              }}
              error={errorAt(`${at}.opens`)}
            />
            <TextField
              type="time"
              label={t('directoryAdmin.hours.closes')}
              value={period.closes}
              onChange={(e) => {
                change(index, { closes: e.target.value });
              }}
              // "Closes before it opens" names the period: it shows at the closing time.
              error={errorAt(`${at}.closes`) ?? errorAt(at)}
            />
            <button
              type="button"
              aria-label={t('directoryAdmin.hours.removePeriod', { day: dayName, opens: period.opens, closes: period.closes })}
              onClick={() => {
                focus.focusSoon(`add-${day}`);
                onChange(weekly.filter((_, i) => i !== index));
              }}
            >
              {t('directoryAdmin.remove')}
            </button>
          </div>
        );
      })}
      <div className="actions">
        <button
          type="button"
          ref={focus.target(`add-${day}`)}
          aria-label={t('directoryAdmin.hours.addPeriodOn', { day: dayName })}
          onClick={() => {
            const key = rowKey();
            focus.focusSoon(key);
            onChange(addPeriod(weekly, day, key));
          }}
        >
          {t('directoryAdmin.hours.addPeriod')}
        </button>
        {day === 'MON' && periods.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              onChange(copyDay(weekly, 'MON', WORKDAYS_AFTER_MONDAY));
            }}
          >
            {t('directoryAdmin.hours.copyToWeekdays')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

interface ExceptionProps {
  exception: ExceptionDraft;
  at: string;
  errorAt: (field: string) => string | undefined;
  focusRef: (element: HTMLElement | null) => void;
  onChange: (patch: Partial<ExceptionDraft>) => void;
  onRemove: () => void;
}

/** One dated exception: the date, closed or open at other times, and why. */
function Exception({ exception, at, errorAt, focusRef, onChange, onRemove }: ExceptionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = exception.date ? format.date(exception.date) : t('directoryAdmin.hours.newException');
  return (
    <li>
      <fieldset className="hours-editor__exception">
        <legend>{title}</legend>
        {exception.closed && errorAt(at) ? <p className="field__error">{errorAt(at)}</p> : null}
        <TextField
          ref={focusRef}
          type="date"
          label={t('directoryAdmin.hours.date')}
          value={exception.date}
          onChange={(e) => {
            onChange({ date: e.target.value });
          }}
          error={errorAt(`${at}.date`)}
        />
        <CheckboxField
          label={t('directoryAdmin.hours.closedAllDay')}
          checked={exception.closed}
          onChange={(e) => {
            onChange({ closed: e.target.checked });
          }}
        />
        {exception.closed ? null : (
          <div className="hours-editor__period">
            <TextField
              type="time"
              label={t('directoryAdmin.hours.opens')}
              value={exception.opens}
              onChange={(e) => {
                onChange({ opens: e.target.value });
              }}
              // "An open day needs its times" names the exception: it shows at the opening time.
              error={errorAt(`${at}.opens`) ?? errorAt(at)}
            />
            <TextField
              type="time"
              label={t('directoryAdmin.hours.closes')}
              value={exception.closes}
              onChange={(e) => {
                onChange({ closes: e.target.value });
              }}
              error={errorAt(`${at}.closes`)}
            />
          </div>
        )}
        <TextField
          label={t('directoryAdmin.hours.note')}
          hint={t('directoryAdmin.hours.noteHint')}
          value={exception.note}
          onChange={(e) => {
            onChange({ note: e.target.value });
          }}
          error={errorAt(`${at}.note`)}
        />
        <div className="actions">
          <button type="button" aria-label={t('directoryAdmin.hours.removeException', { date: title })} onClick={onRemove}>
            {t('directoryAdmin.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
