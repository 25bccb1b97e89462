// The signed-in session: the access token lives only in memory; the refresh token is kept in
// sessionStorage (this tab, until it closes) so that a reload signs in again through
// `refreshToken` without asking for the password.

const REFRESH_KEY = 'verkosto.refresh';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token is valid. */
  expiresIn: number;
}

interface State {
  accessToken: string | null;
  expiresAt: number;
  refreshToken: string | null;
  /** Changes on sign-in and sign-out (not on refresh), to start a fresh client cache. */
  generation: number;
}

function readRefresh(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

let state: State = { accessToken: null, expiresAt: 0, refreshToken: readRefresh(), generation: 0 };
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  try {
    if (next.refreshToken) sessionStorage.setItem(REFRESH_KEY, next.refreshToken);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // No storage: the session lasts until the page is reloaded.
  }
  listeners.forEach((listener) => {
    listener();
  });
}

/** The session store, for `useSyncExternalStore` and the GraphQL client. */
export const session = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A number that changes when someone signs in or out. */
  generation: () => state.generation,
  signedIn: () => state.refreshToken !== null,
  accessToken: () => state.accessToken,
  refreshToken: () => state.refreshToken,
  /** Whether the access token is missing or expires within 10 seconds. */
  accessExpired: () => state.accessToken === null || Date.now() > state.expiresAt - 10_000,
  /** A new session (sign-in, accepted invitation); sign-in pages go through `startSession`. */
  start(tokens: Tokens) {
    set({ ...tokenState(tokens), generation: state.generation + 1 });
  },
  /** Rotated tokens of the same session. */
  refresh(tokens: Tokens) {
    set({ ...tokenState(tokens), generation: state.generation });
  },
  /** Signed out, or the session ended on the server. */
  end() {
    if (state.refreshToken === null && state.accessToken === null) return;
    set({ accessToken: null, expiresAt: 0, refreshToken: null, generation: state.generation + 1 });
  },
};

function tokenState(tokens: Tokens) {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
}
