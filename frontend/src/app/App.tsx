// The shell: skip link, navigation, language choice, and the routes of every page.
import { useEffect, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router-dom';

import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { PathwayPage } from '../features/pathway/PathwayPage';
import { RegionPage } from '../features/region/RegionPage';
import { RegionsPage } from '../features/region/RegionsPage';
import { SearchPage } from '../features/search/SearchPage';
import { ServicePage } from '../features/service/ServicePage';
import { useAuth } from '../lib/auth';
import { chooseLanguage, LANGUAGES, type UiLanguage } from '../lib/i18n';

const LANGUAGE_NAMES: Record<UiLanguage, string> = { fi: 'Suomi', sv: 'Svenska', nb: 'Norsk bokmål', en: 'English' };

export function App() {
  const { t, i18n } = useTranslation();
  const { viewer, signOut } = useAuth();
  const location = useLocation();

  useEffect(() => {
    document.getElementById('main')?.focus();
  }, [location.pathname]);

  const onLanguage = (event: ChangeEvent<HTMLSelectElement>) => chooseLanguage(event.target.value as UiLanguage);

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/">{t('nav.home')}</NavLink>
          <NavLink to="/search">{t('nav.search')}</NavLink>
          <NavLink to="/regions">{t('nav.regions')}</NavLink>
        </nav>
        <div className="session">
          <label>
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={i18n.language} onChange={onLanguage} aria-label={t('nav.language')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          {viewer ? (
            <>
              <span className="who">{viewer.name}</span>
              <button type="button" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <Link to="/sign-in">{t('nav.signIn')}</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/sign-in" element={<SignInPage />} />
          <Route path="/invitation/:token" element={<AcceptInvitationPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/regions" element={<RegionsPage />} />
          <Route path="/regions/:id" element={<RegionPage />} />
          <Route path="/pathways/:id" element={<PathwayPage />} />
          <Route path="/services/:id" element={<ServicePage />} />
        </Routes>
      </main>
    </>
  );
}
