// What a page shows while it loads, when the API fails, and for a missing (or hidden) item.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

import { Problems } from '@/components/problems';
import { problems } from '@/lib/errors';

interface QueryStateProps<T> {
  fetching: boolean;
  error: CombinedError | undefined;
  data: T | null | undefined;
  children: (data: T) => ReactNode;
}

/** Renders `children` with the loaded item, or the loading, error or not-found state. */
export function QueryState<T>({ fetching, error, data, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (data) return <>{children(data)}</>;
  if (error) return <Problems problems={problems(error)} />;
  if (fetching) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <>
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFound')}</p>
    </>
  );
}
