// Feedback on a pathway for its region's coordinators (a national pathway's: the admins), with an "urgent" flag; errors at the field
// (the personal-identity-code guard's too). Signed-in readers only: a reply needs someone to go to.
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { TextAreaField } from '@/components/field';
import { Problems } from '@/components/problems';
import { graphql } from '@/gql';
import { splitProblems } from '@/lib/errors';
import { useSignedIn } from '@/lib/use-session';

const SendFeedbackMutation = graphql(`
  mutation SendPathwayFeedback($pathwayId: ID!, $input: PathwayFeedbackInput!) {
    sendPathwayFeedback(pathwayId: $pathwayId, input: $input) {
      id
    }
  }
`);

export function FeedbackForm({ pathwayId, national }: { pathwayId: string; national: boolean }) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const [message, setMessage] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [sent, setSent] = useState(false);
  const [result, send] = useMutation(SendFeedbackMutation);
  if (!signedIn) return <p>{t('pathway.feedbackSignIn')}</p>;
  const { byField, general } = splitProblems(result.error, ['input.message']);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSent(false);
    const answer = await send({ pathwayId, input: { message, urgent } });
    if (!answer.error) {
      setSent(true);
      setMessage('');
      setUrgent(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {sent ? <p role="status">{t('pathway.feedbackSent')}</p> : null}
      <Problems problems={general} />
      <TextAreaField
        label={t('pathway.feedbackMessage')}
        hint={t(national ? 'pathway.feedbackHintNational' : 'pathway.feedbackHint')}
        value={message}
        onChange={(e) => { setMessage(e.target.value); }}
        error={byField['input.message']}
      />
      <label className="check">
        <input type="checkbox" checked={urgent} onChange={(e) => { setUrgent(e.target.checked); }} /> {t('pathway.feedbackUrgent')}
      </label>
      <button type="submit" className="button primary" disabled={result.fetching}>
        {t('pathway.feedbackSend')}
      </button>
    </form>
  );
}
