// The signed-in session, shared by every tab of this browser. The refresh token is an HttpOnly
// cookie that the server sets and no script can read; the access token lives in this tab's memory
// only. A mark in localStorage (a random id, no secret) says that this browser is signed in, so
// that a new tab knows to trade the cookie for an access token, and so that signing in or out in
// one tab reaches the others (the `storage` event).

const MARK_KEY = 'verkosto.session';

export interface Tokens {
  accessToken: string;
  /** Seconds the access token is valid. */
  expiresIn: number;
}

interface State {
  accessToken: string | null;
  expiresAt: number;
  /** This browser's sign-in, as the mark in storage names it; null when signed out. */
  mark: string | null;
  /** Changes on sign-in and sign-out (not on refresh), to start a fresh client cache. */
  generation: number;
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    // No storage: the session lasts while this tab is open.
    return null;
  }
}

let state: State = { accessToken: null, expiresAt: 0, mark: storage()?.getItem(MARK_KEY) ?? null, generation: 0 };
const listeners = new Set<() => void>();

function set(next: State) {
  state = next;
  listeners.forEach((listener) => {
    listener();
  });
}

function newMark(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

if (typeof window !== 'undefined') {
  // Someone signed in or out in another tab: this tab follows, with a fresh cache (and, when
  // signed in, an access token of its own from the shared cookie on its next request).
  window.addEventListener('storage', (event) => {
    if (event.key !== MARK_KEY && event.key !== null) return;
    const mark = storage()?.getItem(MARK_KEY) ?? null;
    if (mark === state.mark) return;
    set({ accessToken: null, expiresAt: 0, mark, generation: state.generation + 1 });
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
  signedIn: () => state.mark !== null,
  accessToken: () => state.accessToken,
  /** Whether the access token is missing or expires within 10 seconds. */
  accessExpired: () => state.accessToken === null || Date.now() > state.expiresAt - 10_000,
  /** A new session (sign-in, accepted invitation); sign-in pages go through `startSession`. */
  start(tokens: Tokens) {
    const mark = newMark();
    storage()?.setItem(MARK_KEY, mark);
    set({ ...tokenState(tokens), mark, generation: state.generation + 1 });
  },
  /** A new access token of the same session. */
  refresh(tokens: Tokens) {
    set({ ...tokenState(tokens), mark: state.mark, generation: state.generation });
  },
  /** Signed out, or the session ended on the server. */
  end() {
    if (state.mark === null && state.accessToken === null) return;
    // Another tab may have signed in since: its mark stays.
    if (storage()?.getItem(MARK_KEY) === state.mark) storage()?.removeItem(MARK_KEY);
    set({ accessToken: null, expiresAt: 0, mark: null, generation: state.generation + 1 });
  },
};

function tokenState(tokens: Tokens) {
  return { accessToken: tokens.accessToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
}
