// A button for an action that cannot be undone (archive, discard): it asks once more before it
// acts. The question takes the focus to its "yes" button; stepping back returns it to the button.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button that starts it ("Archive the pathway"). */
  label: string;
  /** The question asked before acting. */
  question: string;
  /** The button that acts ("Yes, archive"). */
  confirm: string;
  /** While the action runs, the "yes" button does nothing. */
  busy: boolean;
  onConfirm: () => void;
}

export function ConfirmAction({ label, question, confirm, busy, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={start} type="button" onClick={() => { setAsking(true); }}>
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-labelledby={questionId} className="confirm">
      <span id={questionId} className="confirm__question">
        {question}
      </span>
      {/* Not `disabled` while busy: that would take the focus away from the button. */}
      <button ref={yes} type="button" className="primary" aria-disabled={busy} onClick={() => { if (!busy) onConfirm(); }}>
        {confirm}
      </button>
      <button type="button" onClick={() => { setAsking(false); }}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
