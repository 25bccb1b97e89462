// What a page shows while it loads, when the API fails, and for a missing (or hidden) item.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

import { NotFound } from '@/components/not-found';
import { Problems } from '@/components/problems';
import { isNotFound, problems } from '@/lib/errors';
import { useSignedIn } from '@/lib/use-session';

interface QueryStateProps<T> {
  fetching: boolean;
  error: CombinedError | undefined;
  data: T | null | undefined;
  children: (data: T) => ReactNode;
}

/**
 * Renders `children` with the loaded item, or the loading, error or not-found state. An id in the
 * URL that is not an id at all is a missing page too, not a problem with the reader's input.
 */
export function QueryState<T>({ fetching, error, data, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  if (data) return <>{children(data)}</>;
  if (error && !isNotFound(error, signedIn)) return <Problems problems={problems(error)} />;
  if (fetching) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return <NotFound />;
}
