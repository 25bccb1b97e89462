// Moving the focus where keyboard and screen-reader users expect it: to a control the next render
// brings (a row just added, the button left when a row is removed), or to the first field a form
// was refused at.
import { useCallback, useRef } from 'react';

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

/** Focuses the first invalid field in `form` once the errors have rendered. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
