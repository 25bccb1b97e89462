// The app root: a GraphQL client per session (a fresh cache on sign-in and sign-out) and the router.
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { Provider as UrqlProvider } from 'urql';

import { router } from '@/app/router';
import { createGraphqlClient } from '@/lib/graphql-client';
import { useSessionGeneration } from '@/lib/use-session';

export function App() {
  const generation = useSessionGeneration();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new client for each session
  const client = useMemo(() => createGraphqlClient(), [generation]);
  return (
    <UrqlProvider value={client}>
      <RouterProvider router={router} />
    </UrqlProvider>
  );
}
