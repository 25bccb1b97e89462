// Invite many from a CSV file (or pasted text) and show the server's report for every row, with
// the column a row's reason names (`name: …`) given as the form calls it (Nimi: …).
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextAreaField } from '@/components/field';
import { Problems } from '@/components/problems';
import { TableScroll } from '@/components/table-scroll';
import { capitalise, splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';

import { ImportInvitationsMutation } from '../api/network';

export function CsvImport({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [csv, setCsv] = useState('');
  const [result, importCsv] = useMutation(ImportInvitationsMutation);
  const { byField, general } = splitProblems(result.error, ['csv']);
  const report = result.data?.importInvitations;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void importCsv({ regionId, csv });
  };

  return (
    <section aria-labelledby="csv">
      <h2 id="csv">{t('csv.title')}</h2>
      <form onSubmit={submit} noValidate>
        <Problems problems={general} />
        <div className="field">
          <label htmlFor="csv-file">{t('csv.file')}</label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setCsv);
            }}
          />
        </div>
        <TextAreaField
          label={t('csv.text')}
          hint={t('csv.hint')}
          rows={6}
          value={csv}
          onChange={(e) => {
            setCsv(e.target.value);
          }}
          error={byField.csv}
        />
        <button type="submit" className="primary" disabled={result.fetching || csv.trim() === ''}>
          {t('csv.submit')}
        </button>
      </form>
      {report ? (
        <div className="notice">
          <p role="status">
            {t('csv.invited', { count: report.invited, formatted: format.number(report.invited) })},{' '}
            {t('csv.skipped', { count: report.skipped, formatted: format.number(report.skipped) })}.
          </p>
          <TableScroll label={t('csv.report')}>
            <table className="report">
              <caption>{t('csv.report')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('csv.line')}</th>
                  <th scope="col">{t('invite.email')}</th>
                  <th scope="col">{t('csv.outcome')}</th>
                  <th scope="col">{t('csv.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.line} className={`report__${row.outcome.toLowerCase()}`}>
                    <td>{row.line}</td>
                    <td>{row.email}</td>
                    <td>{t(`enums.importOutcome.${row.outcome}`)}</td>
                    <td>
                      {row.reason ? capitalise(row.reason) : ''}
                      {row.invitation?.link ? <code className="link">{row.invitation.link}</code> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      ) : null}
    </section>
  );
}
