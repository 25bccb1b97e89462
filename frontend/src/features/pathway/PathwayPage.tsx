// A care pathway: its steps drawn as a flow (each with the responsible organisation and a link to
// the service), the body from Markdown, version history with a visual diff, print, and feedback.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { ErrorMessage, Loading, NotFound } from '../../components/Status';
import { graphql } from '../../gql';
import { ApiError, request } from '../../lib/api';
import { useAuth } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import { apiLanguage } from '../../lib/i18n';
import { renderMarkdown } from '../../lib/markdown';
import { useQuery } from '../../lib/useQuery';

const PathwayDocument = graphql(`
  query Pathway($id: ID!, $language: Language) {
    pathway(id: $id) {
      id
      isNational
      status
      reviewDue
      region { id name(language: $language) }
      currentVersion {
        number
        title
        summary
        body
        publishedAt
        steps {
          id
          position
          title
          description
          referralCriteria
          responsibleOrganisation { id name }
          service { id name }
        }
      }
      versions(first: 50) { nodes { number state publishedAt changeNote } }
    }
  }
`);

const DiffDocument = graphql(`
  query PathwayDiff($id: ID!, $from: Int!, $to: Int!) {
    pathway(id: $id) {
      diff(from: $from, to: $to) {
        changed
        fields { field before after }
        body { kind text }
        steps { kind text }
      }
    }
  }
`);

const FeedbackDocument = graphql(`
  mutation SendFeedback($id: ID!, $input: PathwayFeedbackInput!) {
    sendPathwayFeedback(pathwayId: $id, input: $input) { id }
  }
`);

export function PathwayPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(PathwayDocument, { id, language: apiLanguage() });
  if (query.loading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} />;
  const pathway = query.data?.pathway;
  const version = pathway?.currentVersion;
  if (!pathway || !version) return <NotFound />;

  return (
    <article className="pathway">
      <p className="breadcrumb">
        {pathway.region ? <Link to={`/regions/${pathway.region.id}`}>{pathway.region.name}</Link> : t('pathway.national')}
      </p>
      <h1>{version.title}</h1>
      <p className="summary">{version.summary}</p>
      <p className="meta">
        {t('pathway.version', { number: version.number })}
        {version.publishedAt && <> · {formatDate(version.publishedAt)}</>}
        <button type="button" className="no-print" onClick={() => window.print()}>
          {t('pathway.print')}
        </button>
      </p>

      <h2>{t('pathway.steps')}</h2>
      <ol className="flow">
        {version.steps.map((step) => (
          <li key={step.id} className="flow-step">
            <h3>{step.title}</h3>
            {step.description && <p>{step.description}</p>}
            <dl>
              {step.responsibleOrganisation && (
                <>
                  <dt>{t('pathway.responsible')}</dt>
                  <dd>{step.responsibleOrganisation.name}</dd>
                </>
              )}
              {step.service && (
                <>
                  <dt>{t('pathway.service')}</dt>
                  <dd>
                    <Link to={`/services/${step.service.id}`}>{step.service.name}</Link>
                  </dd>
                </>
              )}
              {step.referralCriteria && (
                <>
                  <dt>{t('pathway.referral')}</dt>
                  <dd>{step.referralCriteria}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ol>

      {version.body && (
        <>
          <h2>{t('pathway.body')}</h2>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(version.body) }} />
        </>
      )}

      <History id={pathway.id} versions={pathway.versions.nodes.map((v) => v.number)} />
      <Feedback id={pathway.id} />
    </article>
  );
}

function History({ id, versions }: { id: string; versions: number[] }) {
  const { t } = useTranslation();
  const sorted = [...versions].sort((a, b) => a - b);
  const [from, setFrom] = useState(sorted[0] ?? 1);
  const [to, setTo] = useState(sorted[sorted.length - 1] ?? 1);
  const diff = useQuery(DiffDocument, { id, from, to }, sorted.length < 2 || from === to);
  if (sorted.length < 2) return null;
  const result = diff.data?.pathway?.diff;
  return (
    <section className="no-print">
      <h2>{t('pathway.history')}</h2>
      <fieldset className="compare">
        <legend>{t('pathway.compare')}</legend>
        <label>
          {t('pathway.from')}{' '}
          <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {sorted.map((n) => (
              <option key={n} value={n}>
                {t('pathway.version', { number: n })}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('pathway.to')}{' '}
          <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {sorted.map((n) => (
              <option key={n} value={n}>
                {t('pathway.version', { number: n })}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {diff.error && <ErrorMessage error={diff.error} />}
      {result && !result.changed && <p>{t('pathway.noChanges')}</p>}
      {result?.changed && (
        <div className="diff">
          {result.fields.map((f) => (
            <p key={f.field}>
              <strong>{f.field}</strong>: <del>{f.before}</del> → <ins>{f.after}</ins>
            </p>
          ))}
          {[...result.steps, ...result.body]
            .filter((line) => line.kind !== 'EQUAL')
            .map((line, i) =>
              line.kind === 'INSERTED' ? <ins key={i}>+ {line.text}</ins> : <del key={i}>− {line.text}</del>,
            )}
        </div>
      )}
    </section>
  );
}

function Feedback({ id }: { id: string }) {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const [message, setMessage] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  if (!viewer) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await request(FeedbackDocument, { id, input: { message, urgent } });
      setSent(true);
      setMessage('');
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL'));
    }
  };

  return (
    <section className="no-print">
      <h2>{t('pathway.feedback')}</h2>
      {sent && <p role="status">{t('pathway.sent')}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="feedback-message">{t('pathway.feedbackMessage')}</label>
        <textarea
          id="feedback-message"
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          aria-invalid={error?.field === 'message'}
          aria-describedby={error ? 'feedback-error' : undefined}
        />
        <label className="inline">
          <input type="checkbox" checked={urgent} onChange={(e) => setUrgent(e.target.checked)} /> {t('pathway.urgent')}
        </label>
        {error && (
          <p id="feedback-error" role="alert" className="error">
            {error.message}
          </p>
        )}
        <button type="submit">{t('pathway.send')}</button>
      </form>
    </section>
  );
}
