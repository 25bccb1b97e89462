// The GraphQL client: typed documents from src/gql, the access token kept in memory and renewed
// with the single-use refresh token (kept for this browser tab only) when it expires.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An error the API answered, with its `extensions.code` and the input field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

const REFRESH_KEY = 'verkosto.refreshToken';
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;

/** Keeps a fresh pair of tokens (after signing in, accepting an invitation or refreshing). */
export function setSession(tokens: { accessToken: string; refreshToken: string } | null): void {
  accessToken = tokens?.accessToken ?? null;
  if (tokens) sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
  else sessionStorage.removeItem(REFRESH_KEY);
}

/** The refresh token of this tab's session, if signed in. */
export function storedRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_KEY);
}

async function post(query: string, variables: unknown): Promise<{ data?: unknown; errors?: GraphQLErrorBody[] }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (response.status === 401) return { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
  return response.json();
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

const REFRESH = `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }`;

/** Trades the refresh token for a new pair; false when the session is over. */
export async function refreshSession(): Promise<boolean> {
  const token = storedRefreshToken();
  if (!token) return false;
  refreshing ??= post(REFRESH, { t: token })
    .then((answer) => {
      const pair = (answer.data as { refreshToken?: { accessToken: string; refreshToken: string } } | undefined)?.refreshToken;
      setSession(pair ?? null);
      return Boolean(pair);
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Runs a typed operation; throws `ApiError` with the server's code, message and field. */
export async function request<Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const query = print(document);
  let answer = await post(query, variables ?? {});
  const unauthenticated = answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (unauthenticated && accessToken && (await refreshSession())) {
    answer = await post(query, variables ?? {});
  }
  const error = answer.errors?.[0];
  if (error) {
    throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL', error.extensions?.field);
  }
  return answer.data as Result;
}
