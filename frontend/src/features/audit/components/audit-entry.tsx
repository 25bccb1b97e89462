// One recorded change as a table row: when, who, what was done, to what (linked when it has a
// page), and the details the log keeps.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/format';

export interface AuditEntryFields {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  /** What the entity is called (the API's answer: its name now, or as recorded when gone). */
  subject: string | null;
  summary: unknown;
  actor?: { id: string; name: string } | null;
}

/** The page of an entity the log names, for the kinds that have one. */
const PAGES: Record<string, ((id: string) => string) | undefined> = {
  pathway: paths.pathway,
  organisation: paths.organisation,
  service: paths.service,
  event: paths.event,
  region: paths.region,
};

/** The value list an action's `from` and `to` belong to (their labels are under `enums`). */
const STATES: Record<string, string | undefined> = {
  role: 'role',
  pathway: 'versionState',
  region: 'regionStatus',
  pathway_feedback: 'feedbackStatus',
  event: 'eventStatus',
  action_item: 'actionItemStatus',
};
const LIST_VISIBILITY = 'region.set_member_list_visibility';

/** The summary as a record, when it is one. */
function fields(summary: unknown): Record<string, unknown> {
  return summary !== null && typeof summary === 'object' && !Array.isArray(summary) ? (summary as Record<string, unknown>) : {};
}

/** A summary value as text. */
function text(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

export const AuditEntry = forwardRef<HTMLTableRowElement, { entry: AuditEntryFields; timeZone?: string }>(function AuditEntry(
  { entry, timeZone },
  ref,
) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = fields(entry.summary);
  const kind = t(`audit.entities.${entry.entityType}`, { defaultValue: entry.entityType });
  const name = entry.subject;
  const page = PAGES[entry.entityType];
  const target = name ? `${kind}: ${name}` : kind;
  const states = entry.action === LIST_VISIBILITY ? 'memberListVisibility' : STATES[entry.action.split('.')[0] ?? ''];
  /** A state in words where the value list is known (`in_review` → "In review"). */
  const state = (value: unknown) => {
    const raw = text(value);
    if (raw === null) return '–';
    return states ? t(`enums.${states}.${raw.toUpperCase()}`, { defaultValue: raw }) : raw;
  };
  const details = [
    typeof summary.version === 'number' ? t('audit.version', { number: summary.version }) : null,
    summary.from !== undefined && summary.to !== undefined ? `${state(summary.from)} → ${state(summary.to)}` : null,
    typeof summary.reason === 'string' ? summary.reason : null,
    typeof summary.kind === 'string' && typeof summary.enabled === 'boolean'
      ? t(summary.enabled ? 'audit.mailOn' : 'audit.mailOff', {
          kind: t(`mailNotifications.kinds.${summary.kind.toUpperCase()}`, { defaultValue: summary.kind }),
        })
      : null,
  ].filter(Boolean);
  return (
    <tr ref={ref} tabIndex={-1}>
      <td>{format.dateTime(entry.at, timeZone)}</td>
      <td>{entry.actor?.name ?? t('audit.system')}</td>
      <td>{t(`audit.actions.${entry.action}`, { defaultValue: entry.action })}</td>
      <td>{page ? <Link to={page(entry.entityId)}>{target}</Link> : target}</td>
      <td>{details.join(' · ')}</td>
    </tr>
  );
});
