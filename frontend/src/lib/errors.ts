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
  /** What went wrong, in the interface language (`field: reason` when it names a field). */
  message: string;
  /** The message without the field's name, as a sentence of its own (at the field, or after a lead). */
  reason: string;
  /** For a failure on the server's side: the request's id, which the server's log lines name. */
  reference?: string;
}

/** Every problem in a failed operation. */
export function problems(error: CombinedError | undefined | null): Problem[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    const message = error.networkError.message;
    return [{ code: 'NETWORK', message, reason: message }];
  }
  const reference = requestId(error);
  return error.graphQLErrors.map((e) => {
    const code = typeof e.extensions.code === 'string' ? (e.extensions.code as ErrorCode) : 'INTERNAL';
    const field = typeof e.extensions.field === 'string' ? e.extensions.field : undefined;
    if (code === 'INTERNAL' && reference) return { code, message: e.message, reason: capitalise(e.message), reference };
    if (field === undefined) return { code, message: e.message, reason: capitalise(e.message) };
    // The server writes `field: reason`; a form shows the reason at the field itself.
    const prefix = `${field}: `;
    const reason = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    return { code, field, message: e.message, reason: capitalise(reason) };
  });
}

/** The id the server gave the failed request (its `X-Request-Id` answer header). */
function requestId(error: CombinedError): string | undefined {
  const response: unknown = error.response;
  return response instanceof Response ? (response.headers.get('x-request-id') ?? undefined) : undefined;
}

/**
 * The sentence with its first letter in upper case, as it stands alone at a field, when it starts
 * with a plain word: one that starts with an address, a quote, a number or code (`jasen@…`,
 * `”x” ei ole…`, `example.org`) is left as written.
 */
export function capitalise(sentence: string): string {
  const first = /^\S*/u.exec(sentence)?.[0] ?? '';
  if (!/^\p{Ll}[\p{L}-]*[,:;]?$/u.test(first)) return sentence;
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

/** Whether `field` is one of `fields`; a name ending in `.` stands for every field under it (`channels.`). */
function isFormField(field: string, fields: readonly string[]): boolean {
  return fields.some((f) => f === field || (f.endsWith('.') && field.startsWith(f)));
}

/** Problems split into those at `fields` (by field name) and the rest, for the form's top. */
export function splitProblems(
  error: CombinedError | undefined | null,
  fields: readonly string[],
): { byField: Record<string, string>; general: Problem[] } {
  const byField: Record<string, string> = {};
  const general: Problem[] = [];
  for (const problem of problems(error)) {
    if (problem.field !== undefined && isFormField(problem.field, fields)) byField[problem.field] = problem.reason;
    else general.push(problem);
  }
  return { byField, general };
}

/**
 * Whether a page's lookup failed only because its item is not there: the API said NOT_FOUND, or
 * refused the id from the URL as malformed (BAD_USER_INPUT on an id argument, `id` or `regionId`),
 * which to the reader is the same missing page. `signedIn: false` counts UNAUTHENTICATED too.
 */
export function isNotFound(error: CombinedError | undefined | null, signedIn = true): boolean {
  const found = problems(error);
  return (
    found.length > 0 &&
    found.every(
      (p) =>
        p.code === 'NOT_FOUND' ||
        (p.code === 'UNAUTHENTICATED' && !signedIn) ||
        (p.code === 'BAD_USER_INPUT' && p.field !== undefined && /^(id|[a-z]+Id)$/.test(p.field)),
    )
  );
}
