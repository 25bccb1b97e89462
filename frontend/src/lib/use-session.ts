// React's view of the session store.
import { useSyncExternalStore } from 'react';

import { session } from '@/lib/session';

/** Whether someone is signed in in this tab (re-renders on sign-in and sign-out). */
export function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.signedIn);
}

/** Changes when someone signs in or out. */
export function useSessionGeneration(): number {
  return useSyncExternalStore(session.subscribe, session.generation);
}
