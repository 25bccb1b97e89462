// What a missing (or hidden) page says. A signed-out reader is offered to sign in and come back:
// a members-only link (a pathway, an event, a region's feedback) looks missing to them.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { signInPath } from '@/lib/return-path';
import { useSignedIn } from '@/lib/use-session';

export function NotFound() {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  return (
    <>
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFound')}</p>
      {signedIn ? null : (
        <p>
          <Link to={signInPath(here)} state={{ from: here }} className="button primary">
            {t('common.signInToSee')}
          </Link>
        </p>
      )}
    </>
  );
}
