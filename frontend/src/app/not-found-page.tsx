import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { NotFound } from '@/components/not-found';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <>
      <NotFound />
      <p>
        <Link to={paths.home}>{t('nav.home')}</Link>
      </p>
    </>
  );
}
