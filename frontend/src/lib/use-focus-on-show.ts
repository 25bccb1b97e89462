// Moving the focus to something that just appeared (a notice, a section one was sent to), so that
// keyboard and screen-reader users start there.
import { useEffect, useRef, type RefObject } from 'react';

/** A ref whose element takes the focus each time `shown` turns true (give it `tabIndex={-1}`). */
export function useFocusOnShow<T extends HTMLElement>(shown: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
