// What the API said went wrong, for showing at the field it names or above the form.
import type { CombinedError } from 'urql';

/** The closed list of `extensions.code` values the server sends. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'INTERNAL'
  | 'NETWORK';

export interface Problem {
  code: ErrorCode;
  /** The input field the server names (`content.steps.0.title`), when it names one. */
  field?: string;
  message: string;
}

/** Every problem in a failed operation. */
export function problems(error: CombinedError | undefined | null): Problem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: error.networkError.message }];
  }
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions.code === 'string' ? (e.extensions.code as ErrorCode) : 'INTERNAL';
    const field = typeof e.extensions.field === 'string' ? e.extensions.field : undefined;
    return field === undefined ? { code, message: e.message } : { code, field, message: e.message };
  });
}

/** Problems split into those at `fields` (by field name) and the rest, for the form's top. */
export function splitProblems(
  error: CombinedError | undefined | null,
  fields: readonly string[],
): { byField: Record<string, string>; general: Problem[] } {
  const byField: Record<string, string> = {};
  const general: Problem[] = [];
  for (const problem of problems(error)) {
    if (problem.field !== undefined && fields.includes(problem.field)) byField[problem.field] = problem.message;
    else general.push(problem);
  }
  return { byField, general };
}
