// What the last action on a page did ("Settings saved."), announced by screen readers.
import { useEffect, useRef } from 'react';

interface OutcomeProps {
  message: string;
  /** Move the focus here when the message comes: the control that acted went away. */
  takeFocus?: boolean;
}

/** A live region, present before its message so the message is announced. */
export function Outcome({ message, takeFocus = false }: OutcomeProps) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message && takeFocus) ref.current?.focus();
  }, [message, takeFocus]);
  return (
    <p ref={ref} role="status" tabIndex={-1} className="outcome">
      {message}
    </p>
  );
}
