// The link at the end of every notification mail (`/unsubscribe/:token`): a button turns that kind
// of mail off, signed in or not. Opening the page does nothing, as mail programs' link scanners
// open links too. Turning it back on is on the account page, which the page links to.
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';

import { Problems } from '@/components/problems';
import { paths } from '@/config/paths';
import { splitProblems } from '@/lib/errors';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useFocusOnShow } from '@/lib/use-focus-on-show';

import { UnsubscribeMutation } from '../api/mail-notifications';

export function UnsubscribePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('unsubscribe.title'));
  const { token = '' } = useParams();
  const [result, unsubscribe] = useMutation(UnsubscribeMutation);
  const { byField, general } = splitProblems(result.error, ['token']);
  const done = result.data?.unsubscribe;
  const notice = useFocusOnShow<HTMLDivElement>(done !== undefined);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void unsubscribe({ token });
  };

  const toAccount = (
    <p>
      <Link to={paths.account}>{t('unsubscribe.toAccount')}</Link>
    </p>
  );
  return (
    <section className="narrow">
      <h1>{t('unsubscribe.title')}</h1>
      {done ? (
        <div role="status" className="notice" ref={notice} tabIndex={-1}>
          <p>{t('unsubscribe.done', { kind: t(`mailNotifications.kinds.${done.kind}`) })}</p>
          {toAccount}
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('unsubscribe.intro')}</p>
          {byField.token ? (
            <div role="alert" className="problems">
              <p>{byField.token}</p>
              {toAccount}
            </div>
          ) : null}
          <Problems problems={general} />
          <button type="submit" className="primary" disabled={result.fetching}>
            {t('unsubscribe.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
