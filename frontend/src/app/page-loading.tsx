// What a page shows on the first load of the app while its code arrives (the router's
// `HydrateFallback`): the site frame around it is already drawn.
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
