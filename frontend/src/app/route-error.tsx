// What a page shows when it fails to render, instead of a blank screen.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" data-testid="route-error">
      <h1>{t('errors.INTERNAL')}</h1>
      <p>
        <Link to={paths.home}>{t('nav.home')}</Link>
      </p>
    </main>
  );
}
