// The page frame: skip link, header with navigation, language and session (the signed-in
// person's name links to their account), what the previous page's last action did (a
// navigation's `notice` state, e.g. "Pathway deleted."), and the page.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { LanguageSwitcher } from '@/components/language-switcher';
import { Outcome } from '@/components/outcome';
import { paths } from '@/config/paths';
import { graphql } from '@/gql';
import { session } from '@/lib/session';
import { useSignedIn } from '@/lib/use-session';

const ShellViewerQuery = graphql(`
  query ShellViewer {
    viewer {
      id
      name
      isAdmin
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    logout
  }
`);

export function Layout() {
  const { t } = useTranslation();
  const signedIn = useSignedIn();
  const [{ data }] = useQuery({ query: ShellViewerQuery, pause: !signedIn });
  const [, signOut] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const viewer = signedIn ? data?.viewer : null;
  const notice = (location.state as { notice?: string } | null)?.notice ?? '';

  // After a navigation, move focus to the page so screen readers start at its content.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link to={paths.home} className="site-name">
          Verkosto
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.search}>{t('nav.search')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.national}>{t('nav.national')}</NavLink>
            </li>
            {viewer ? (
              <li>
                <NavLink to={paths.askToJoin}>{t('nav.askToJoin')}</NavLink>
              </li>
            ) : null}
            {viewer?.isAdmin ? (
              <li>
                <NavLink to={paths.openRegion}>{t('nav.openRegion')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="site-header__tools">
          <LanguageSwitcher />
          {signedIn ? (
            <div className="session">
              {viewer ? (
                <NavLink to={paths.account} className="session__name">
                  {viewer.name}
                  <span className="visually-hidden"> – {t('account.title')}</span>
                </NavLink>
              ) : null}
              <button
                type="button"
                onClick={() => {
                  void signOut({}).finally(() => {
                    session.end();
                    void navigate(paths.home);
                  });
                }}
              >
                {t('nav.signOut')}
              </button>
            </div>
          ) : (
            <Link to={paths.signIn} className="button">
              {t('nav.signIn')}
            </Link>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {notice ? <Outcome message={notice} /> : null}
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('footer.noClientData')}</p>
      </footer>
    </>
  );
}
