// A visual diff: changed fields side by side, then the body and steps line by line with
// inserted lines in <ins> and deleted ones in <del> (announced as such, not only by colour).
import { useTranslation } from 'react-i18next';

import type { DiffKind } from '@/gql/graphql';

interface DiffViewProps {
  fields: readonly { field: string; before: string; after: string }[];
  body: readonly { kind: DiffKind; text: string }[];
  steps: readonly { kind: DiffKind; text: string }[];
}

function Lines({ caption, lines }: { caption: string; lines: DiffViewProps['body'] }) {
  const { t } = useTranslation();
  if (!lines.some((l) => l.kind !== 'EQUAL')) return null;
  return (
    <figure className="diff">
      <figcaption>{caption}</figcaption>
      <pre>
        {lines.map((line, i) => {
          if (line.kind === 'INSERTED')
            return (
              <ins key={i} className="diff__line diff__line--ins" title={t('diff.inserted')}>
                <span aria-hidden="true">+ </span>
                <span className="visually-hidden">{t('diff.inserted')}: </span>
                {line.text}
                {'\n'}
              </ins>
            );
          if (line.kind === 'DELETED')
            return (
              <del key={i} className="diff__line diff__line--del" title={t('diff.deleted')}>
                <span aria-hidden="true">− </span>
                <span className="visually-hidden">{t('diff.deleted')}: </span>
                {line.text}
                {'\n'}
              </del>
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

export function DiffView({ fields, body, steps }: DiffViewProps) {
  const { t } = useTranslation();
  return (
    <div className="diff-view">
      {fields.length ? (
        <table className="diff-fields">
          <caption>{t('diff.fields')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diff.field')}</th>
              <th scope="col">{t('diff.before')}</th>
              <th scope="col">{t('diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{t(`diff.fieldName.${f.field}`, { defaultValue: f.field })}</th>
                <td>
                  <del>{f.before}</del>
                </td>
                <td>
                  <ins>{f.after}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Lines caption={t('pathway.steps')} lines={steps} />
      <Lines caption={t('pathway.body')} lines={body} />
    </div>
  );
}
