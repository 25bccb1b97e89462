// Who is signed in: the viewer loaded once after sign-in (or after a reload, from the tab's
// refresh token), with sign-in and sign-out.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { request, refreshSession, setSession, storedRefreshToken } from './api';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      isAdmin
      roles {
        kind
        region { id slug name status }
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { accessToken refreshToken }
  }
`);

const LogoutDocument = graphql(`
  mutation Logout($refreshToken: String) { logout(refreshToken: $refreshToken) }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;

interface Auth {
  viewer: Viewer | null;
  ready: boolean;
  signIn(email: string, password: string): Promise<void>;
  adopt(tokens: { accessToken: string; refreshToken: string }): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [ready, setReady] = useState(false);

  const load = useCallback(async () => {
    const data = await request(ViewerDocument);
    setViewer(data.viewer ?? null);
  }, []);

  useEffect(() => {
    const resume = async () => {
      if (storedRefreshToken() && (await refreshSession())) await load();
      setReady(true);
    };
    void resume();
  }, [load]);

  const adopt = useCallback(
    async (tokens: { accessToken: string; refreshToken: string }) => {
      setSession(tokens);
      await load();
    },
    [load],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const data = await request(LoginDocument, { email, password });
      await adopt(data.login);
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    try {
      await request(LogoutDocument, { refreshToken: storedRefreshToken() });
    } finally {
      setSession(null);
      setViewer(null);
    }
  }, []);

  const value = useMemo(() => ({ viewer, ready, signIn, adopt, signOut }), [viewer, ready, signIn, adopt, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The signed-in person and the session actions. */
export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
