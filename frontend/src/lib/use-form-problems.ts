// A form's errors in one place: those the form finds itself before it sends (a choice left open,
// an empty date), or else the API's, at the fields they name and the rest for the form's top.
import { useState } from 'react';
import type { CombinedError } from 'urql';

import { splitProblems, type Problem } from '@/lib/errors';

/** What a form shows of its errors. */
export interface FormProblems {
  /** Each field's error (a name ending in `.` in `fields` takes the fields under it). */
  byField: Record<string, string>;
  /** The API's errors that name none of the form's fields. */
  general: Problem[];
  /** Records what the form itself refuses (field → reason); answers whether that is anything. */
  refuse: (found: Record<string, string>) => boolean;
}

/** The form's own refusals while it has any; otherwise the API's `error` split over `fields`. */
export function useFormProblems(error: CombinedError | undefined, fields: readonly string[]): FormProblems {
  const [local, setLocal] = useState<Record<string, string>>({});
  const api = splitProblems(error, fields);
  const refusing = Object.keys(local).length > 0;
  return {
    byField: refusing ? local : api.byField,
    general: refusing ? [] : api.general,
    refuse: (found) => {
      setLocal(found);
      return Object.keys(found).length > 0;
    },
  };
}
