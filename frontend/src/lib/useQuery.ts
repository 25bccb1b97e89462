// Loading a typed query in a component: data, error and a reload, re-run when variables change.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';

import { ApiError, request } from './api';

export interface QueryState<Result> {
  data: Result | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

export function useQuery<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  skip = false,
): QueryState<Result> {
  const [data, setData] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(!skip);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return;
    let live = true;
    setLoading(true);
    const run = request as (d: typeof document, v: Variables) => Promise<Result>;
    run(document, JSON.parse(key) as Variables)
      .then((result) => live && (setData(result), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL')))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [document, key, skip, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
