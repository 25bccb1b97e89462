// Moving the focus where keyboard and screen-reader users expect it: to a control the next render
// brings (a row just added, the button left when a row is removed), or to the first field a form
// was refused at.
import { useCallback, useEffect, useRef, useState } from 'react';

/** `focusSoon(key)` focuses the element whose `ref` is `target(key)` once it renders. */
export function usePendingFocus() {
  const pending = useRef<string | null>(null);
  const focusSoon = useCallback((key: string) => {
    pending.current = key;
  }, []);
  const target = useCallback(
    (key: string) => (element: HTMLElement | null) => {
      if (element && pending.current === key) {
        pending.current = null;
        element.focus();
      }
    },
    [],
  );
  return { focusSoon, target };
}

/**
 * `refused()` after a submit that the form or the API turned down: the first invalid field of the
 * `form` (its `ref`) takes the focus in the render that shows the errors.
 */
export function useFocusOnRefusal() {
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const refused = useCallback(() => {
    setRefusals((n) => n + 1);
  }, []);
  return { form, refused };
}
