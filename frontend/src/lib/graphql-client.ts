// The urql client: the access token on every request, refreshed through `refreshToken` (with the
// browser's refresh cookie) when it expires or the server answers UNAUTHENTICATED; the interface
// language as `Accept-Language`, so that the server's messages come in it.
import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError } from 'urql';

import { env } from '@/config/env';
import { graphql } from '@/gql';
import { currentLanguage } from '@/lib/i18n';
import { session } from '@/lib/session';

const RefreshDocument = graphql(`
  mutation RefreshSession {
    refreshToken {
      accessToken
      expiresIn
    }
  }
`);

/**
 * Runs `refresh` while no other tab of this browser refreshes: each refresh spends the token in the
 * shared cookie, and a token spent twice ends the session (the server takes it for a stolen one).
 */
function oneTabAtATime<T>(refresh: () => Promise<T>): Promise<T> {
  return 'locks' in navigator ? navigator.locks.request('verkosto.refresh', refresh) : refresh();
}

function isAuthError(error: CombinedError): boolean {
  return (
    (error.response as Response | undefined)?.status === 401 ||
    error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED')
  );
}

/** A client with an empty cache, for the current session. */
export function createGraphqlClient(): Client {
  return new Client({
    url: env.VITE_GRAPHQL_URL,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => {
        await Promise.resolve();
        return {
          addAuthToOperation(operation) {
            const token = session.accessToken();
            return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
          },
          willAuthError() {
            return session.signedIn() && session.accessExpired();
          },
          didAuthError(error) {
            return isAuthError(error) && session.signedIn();
          },
          async refreshAuth() {
            const result = await oneTabAtATime(() => utils.mutate(RefreshDocument, {}));
            if (result.data) session.refresh(result.data.refreshToken);
            // The session has ended (signed out elsewhere, expired); a lost connection has not.
            else if (result.error && isAuthError(result.error)) session.end();
          },
        };
      }),
      fetchExchange,
    ],
    requestPolicy: 'cache-and-network',
    fetchOptions: () => ({ headers: { 'Accept-Language': currentLanguage() } }),
  });
}
