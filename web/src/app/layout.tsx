/** Page frame: skip link, header with navigation for the signed-in role, and the main landmark. */

import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useAppContext } from '../lib/app-context';
import { NavLink } from './nav-link';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export function Layout({ children }: { children: ReactNode }) {
  const { session, signOut } = useAppContext();
  const [location, navigate] = useLocation();
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(location, main);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          GrantFit
        </Link>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/calls">{t('nav.openCalls')}</NavLink>
          <NavLink to="/catalogue">{t('nav.catalogue')}</NavLink>
          <NavLink to="/readiness">{t('nav.readiness')}</NavLink>
          {session?.roles.includes('association') && (
            <NavLink to="/association/calls">{t('nav.yourCalls')}</NavLink>
          )}
          {session?.roles.includes('sme') && <NavLink to="/company">{t('nav.yourCompany')}</NavLink>}
          {session?.roles.includes('sme') && <NavLink to="/plans">{t('nav.yourPlans')}</NavLink>}
          {session?.roles.includes('sme') && (
            <NavLink to="/applications">{t('nav.yourApplications')}</NavLink>
          )}
          {session?.roles.includes('consultant') && <NavLink to="/reviews">{t('nav.reviews')}</NavLink>}
        </nav>
        <div className="account">
          <LanguageSwitcher />
          {session ? (
            <>
              <span>{session.email}</span>
              <button
                type="button"
                onClick={() => {
                  signOut();
                  navigate('/calls');
                }}
              >
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
          )}
        </div>
      </header>
      <main id="main" ref={main}>
        {children}
      </main>
    </>
  );
}
