// One piece of feedback in the queue: who sent it on which pathway, its status as three toggle
// buttons, and the reply to the sender (the API's errors at the reply field, the
// personal-identity-code guard's too).
import { useState, type Ref, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';

import { TextAreaField } from '@/components/field';
import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import type { FeedbackQueue_FeedbackFragmentFragment as Feedback, FeedbackStatus } from '@/gql/graphql';
import { problems, splitProblems } from '@/lib/errors';
import { useFormat } from '@/lib/format';

import { ReplyToFeedbackMutation, SetFeedbackStatusMutation } from '../api/feedback';

const STATUSES: readonly FeedbackStatus[] = ['NEW', 'IN_PROGRESS', 'DONE'];

interface FeedbackItemProps {
  feedback: Feedback;
  /** The region's time zone; the reader's for a national pathway. */
  timeZone?: string | undefined;
  ref?: Ref<HTMLLIElement> | undefined;
}

export function FeedbackItem({ feedback, timeZone, ref }: FeedbackItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [statusResult, setStatus] = useMutation(SetFeedbackStatusMutation);
  const [replyResult, sendReply] = useMutation(ReplyToFeedbackMutation);
  const [reply, setReply] = useState('');
  const [replied, setReplied] = useState(false);
  const { byField, general } = splitProblems(replyResult.error, ['reply']);
  const title = feedback.pathway?.currentVersion?.title ?? t('pathway.untitled');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setReplied(false);
    const answer = await sendReply({ id: feedback.id, reply });
    if (!answer.error) {
      setReply('');
      setReplied(true);
    }
  };

  return (
    <li ref={ref} className={feedback.urgent ? 'card feedback feedback--urgent' : 'card feedback'}>
      <h3>
        {feedback.urgent ? <span className="badge badge--warn">{t('feedbackQueue.urgent')}</span> : null}{' '}
        {feedback.pathway ? <Link to={paths.pathway(feedback.pathway.id)}>{title}</Link> : title}
      </h3>
      <p className="meta">
        {feedback.sender ? `${feedback.sender.name}${feedback.sender.title ? `, ${feedback.sender.title}` : ''} · ` : ''}
        {format.dateTime(feedback.createdAt, timeZone)} ·{' '}
        <strong data-testid="feedback-status">{t(`enums.feedbackStatus.${feedback.status ?? 'NEW'}`)}</strong>
      </p>
      <blockquote>{feedback.message}</blockquote>

      <Problems problems={problems(statusResult.error)} />
      <div className="actions" role="group" aria-label={t('feedbackQueue.status')}>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={feedback.status === status}
            disabled={statusResult.fetching || feedback.status === status}
            onClick={() => void setStatus({ id: feedback.id, status })}
          >
            {t(`enums.feedbackStatus.${status}`)}
          </button>
        ))}
      </div>

      {feedback.reply ? (
        <div className="reply">
          <p className="meta">
            {t('feedbackQueue.repliedBy', {
              name: feedback.repliedBy?.name ?? '—',
              date: feedback.repliedAt ? format.dateTime(feedback.repliedAt, timeZone) : '',
            })}
          </p>
          <p data-testid="feedback-reply">{feedback.reply}</p>
        </div>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {replied ? <p role="status">{t('feedbackQueue.replySent')}</p> : null}
        <Problems problems={general} />
        <TextAreaField
          label={feedback.reply ? t('feedbackQueue.replyAgain') : t('feedbackQueue.reply')}
          hint={t('feedbackQueue.replyHint')}
          value={reply}
          rows={3}
          onChange={(e) => {
            setReply(e.target.value);
          }}
          error={byField.reply}
        />
        <button type="submit" className="primary" disabled={replyResult.fetching}>
          {t('feedbackQueue.sendReply')}
        </button>
      </form>
    </li>
  );
}
