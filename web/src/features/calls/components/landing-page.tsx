/** What GrantFit does, for each of the people who use it, and where each starts. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

const ROLES = [
  { role: 'sme', to: '/sign-up' },
  { role: 'association', to: '/sign-in' },
  { role: 'consultant', to: '/sign-in' },
] as const;

export function LandingPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="landing-title">
      <h1 id="landing-title">{t('landing.title')}</h1>
      <p>{t('landing.intro')}</p>
      <p className="actions">
        <Link className="button-link" to="/calls">
          {t('landing.seeCalls')}
        </Link>
        <Link to="/readiness">{t('landing.readiness')}</Link>
      </p>
      <ul className="card-list">
        {ROLES.map(({ role, to }) => (
          <li key={role} className="card">
            <h2>{t(`landing.roles.${role}.title`)}</h2>
            <p>{t(`landing.roles.${role}.body`)}</p>
            <Link to={to}>{t(`landing.roles.${role}.start`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
