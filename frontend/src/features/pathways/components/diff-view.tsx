// A visual diff of two versions: the changed fields (values as the reader knows them: language and
// target group names, not codes), the steps step by step (each new, removed or changed step with
// its changed fields before and after), and the body line by line. Inserted text is in <ins> and
// deleted text in <del>, announced as such, not only by colour.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { TableScroll } from '@/components/table-scroll';
import type { DiffKind, DiffView_DiffFragmentFragment, DiffView_StepFragmentFragment } from '@/gql/graphql';

type Step = DiffView_StepFragmentFragment;
type StepChange = DiffView_DiffFragmentFragment['steps'][number];

interface MarkProps {
  children: React.ReactNode;
  /** A whole line of a text diff, marked "+" or "−" for the eye. */
  line?: boolean;
}

function Inserted({ children, line = false }: MarkProps) {
  const { t } = useTranslation();
  return (
    <ins className={line ? 'diff__line diff__line--ins' : undefined} title={line ? t('diff.inserted') : undefined}>
      {line ? <span aria-hidden="true">+ </span> : null}
      <span className="visually-hidden">{t('diff.inserted')}: </span>
      {children}
    </ins>
  );
}

function Deleted({ children, line = false }: MarkProps) {
  const { t } = useTranslation();
  return (
    <del className={line ? 'diff__line diff__line--del' : undefined} title={line ? t('diff.deleted') : undefined}>
      {line ? <span aria-hidden="true">− </span> : null}
      <span className="visually-hidden">{t('diff.deleted')}: </span>
      {children}
    </del>
  );
}

function Lines({ caption, lines }: { caption: string; lines: readonly { kind: DiffKind; text: string }[] }) {
  if (!lines.some((l) => l.kind !== 'EQUAL')) return null;
  return (
    <figure className="diff">
      <figcaption>{caption}</figcaption>
      <pre>
        {lines.map((line, i) => {
          if (line.kind === 'INSERTED')
            return (
              <Inserted key={i} line>
                {line.text}
                {'\n'}
              </Inserted>
            );
          if (line.kind === 'DELETED')
            return (
              <Deleted key={i} line>
                {line.text}
                {'\n'}
              </Deleted>
            );
          return (
            <span key={i} className="diff__line">
              {'  '}
              {line.text}
              {'\n'}
            </span>
          );
        })}
      </pre>
    </figure>
  );
}

/** Rows of the changed-fields table, one per changed field. */
function fieldRows(diff: DiffView_DiffFragmentFragment, t: TFunction): React.ReactNode[] {
  const row = (field: string, before: React.ReactNode, after: React.ReactNode) => (
    <tr key={field}>
      <th scope="row">{t(`diff.fieldName.${field}` as 'diff.fieldName.title')}</th>
      <td>{before}</td>
      <td>{after}</td>
    </tr>
  );
  const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');
  const rows: React.ReactNode[] = [];
  if (diff.title) rows.push(row('title', <Deleted>{diff.title.before}</Deleted>, <Inserted>{diff.title.after}</Inserted>));
  if (diff.summary)
    rows.push(row('summary', <Deleted>{diff.summary.before || '—'}</Deleted>, <Inserted>{diff.summary.after || '—'}</Inserted>));
  if (diff.language) {
    const name = (language: typeof diff.language.before) => (language ? t(`enums.language.${language}`) : '—');
    rows.push(row('language', <Deleted>{name(diff.language.before)}</Deleted>, <Inserted>{name(diff.language.after)}</Inserted>));
  }
  if (diff.targetGroups) {
    const names = (groups: typeof diff.targetGroups.added) => list(groups.map((g) => t(`enums.targetGroup.${g}`)));
    rows.push(
      row(
        'targetGroups',
        diff.targetGroups.removed.length ? <Deleted>{names(diff.targetGroups.removed)}</Deleted> : '—',
        diff.targetGroups.added.length ? <Inserted>{names(diff.targetGroups.added)}</Inserted> : '—',
      ),
    );
  }
  if (diff.tags)
    rows.push(
      row(
        'tags',
        diff.tags.removed.length ? <Deleted>{list(diff.tags.removed)}</Deleted> : '—',
        diff.tags.added.length ? <Inserted>{list(diff.tags.added)}</Inserted> : '—',
      ),
    );
  return rows;
}

/** The fields of a step, labelled; for a changed step only those that changed, before and after. */
function StepFields({ change }: { change: StepChange }) {
  const { t } = useTranslation();
  const fields: { key: keyof Step; label: string }[] = [
    { key: 'title', label: t('editor.stepTitle') },
    { key: 'description', label: t('editor.stepDescription') },
    { key: 'organisationName', label: t('pathway.responsible') },
    { key: 'serviceName', label: t('pathway.service') },
    { key: 'referralCriteria', label: t('pathway.referralCriteria') },
  ];
  const { before, after } = change;
  const shown = fields.filter(({ key }) => {
    if (change.kind === 'CHANGED') return before?.[key] !== after?.[key];
    return Boolean((after ?? before)?.[key]);
  });
  if (!shown.length) return null;
  return (
    <dl className="diff-step__fields">
      {shown.map(({ key, label }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>
            {before && change.kind !== 'ADDED' ? <Deleted>{before[key] || '—'}</Deleted> : null}
            {before && after && change.kind === 'CHANGED' ? ' ' : null}
            {after && change.kind !== 'REMOVED' ? <Inserted>{after[key] || '—'}</Inserted> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Steps({ steps }: { steps: DiffView_DiffFragmentFragment['steps'] }) {
  const { t } = useTranslation();
  if (!steps.some((s) => s.kind !== 'UNCHANGED')) return null;
  return (
    <section className="diff-steps" aria-labelledby="diff-steps-heading">
      <h3 id="diff-steps-heading">{t('pathway.steps')}</h3>
      <ol className="diff-steps__list">
        {steps.map((change, i) => {
          const step = change.after ?? change.before;
          if (!step) return null;
          return (
            <li key={i} className={`diff-step diff-step--${change.kind.toLowerCase()}`} data-kind={change.kind}>
              <p className="diff-step__head">
                <span className="diff-step__number">{t('pathway.stepN', { n: step.number })}</span>{' '}
                <span className="diff-step__title">{step.title}</span>{' '}
                <span className="badge">{t(`diff.stepKind.${change.kind}`)}</span>
              </p>
              {change.kind === 'UNCHANGED' ? null : <StepFields change={change} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function DiffView({ diff }: { diff: DiffView_DiffFragmentFragment }) {
  const { t } = useTranslation();
  const rows = fieldRows(diff, t);
  return (
    <div className="diff-view">
      {rows.length ? (
        <TableScroll label={t('diff.fields')}>
          <table className="diff-fields">
            <caption>{t('diff.fields')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('diff.field')}</th>
                <th scope="col">{t('diff.before')}</th>
                <th scope="col">{t('diff.after')}</th>
              </tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </TableScroll>
      ) : null}
      <Steps steps={diff.steps} />
      <Lines caption={t('pathway.body')} lines={diff.body} />
    </div>
  );
}
