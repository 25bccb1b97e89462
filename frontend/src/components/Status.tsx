// Loading and error states, announced to screen readers.
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../lib/api';

export function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('common.loading')}</p>;
}

export function ErrorMessage({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <p role="alert" className="error">
      {t('common.error', { message: error.message })}
    </p>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <p role="alert">{t('common.notFound')}</p>;
}
