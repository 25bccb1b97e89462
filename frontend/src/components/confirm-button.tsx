// A button for a step that is hard to undo: it asks once more, in place, before it acts.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's text. */
  children: ReactNode;
  /** The button's name for screen readers when its text alone is ambiguous (a row of a list). */
  label?: string | undefined;
  /** The question asked; it takes the focus. */
  question: ReactNode;
  /** The answer that acts. */
  confirm: string;
  /** Whether to ask at all (false: the button acts at once). */
  ask?: boolean;
  busy?: boolean;
  className?: string;
  onConfirm: () => unknown;
}

/** The button, then the question with its two answers; either answer gives the focus back to the button. */
export function ConfirmButton({ children, label, question, confirm, ask = true, busy = false, className, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) buttonRef.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  if (asking) {
    return (
      <div className="confirm" role="group" aria-labelledby={id}>
        <p id={id} ref={questionRef} tabIndex={-1}>
          {question}
        </p>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              returnFocus.current = true;
              setAsking(false);
              onConfirm();
            }}
          >
            {confirm}
          </button>
          <button
            type="button"
            onClick={() => {
              returnFocus.current = true;
              setAsking(false);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      className={className}
      aria-label={label}
      // Not `disabled` while busy: that would take the focus away from the button.
      aria-disabled={busy || undefined}
      onClick={() => {
        if (busy) return;
        if (ask) setAsking(true);
        else onConfirm();
      }}
    >
      {children}
    </button>
  );
}
