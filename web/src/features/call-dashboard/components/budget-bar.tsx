/** Budget reserved vs remaining as one bar; the numbers are also in the text, so the chart is never the only source. */
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { formatCents } from '../../../lib/format';

export function BudgetBar({ budgetCents, reservedCents }: { budgetCents: number; reservedCents: number }) {
  const { t } = useTranslation();
  const share = budgetCents > 0 ? Math.min(1, reservedCents / budgetCents) : 0;
  const percent = Math.round(share * 1000) / 10;
  const label = t('dashboard.reservedOf', {
    reserved: formatCents(reservedCents),
    budget: formatCents(budgetCents),
    percent: percent.toLocaleString(currentLocale()),
  });
  return (
    <figure className="budget-bar">
      <svg
        viewBox="0 0 100 8"
        width="100%"
        height="32"
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <rect x="0" y="0" width="100" height="8" fill="#e8eef3" />
        <rect x="0" y="0" width={share * 100} height="8" fill="#1f5f8b" />
      </svg>
      <figcaption>
        {label}; {t('dashboard.remaining', { remaining: formatCents(budgetCents - reservedCents) })}
      </figcaption>
    </figure>
  );
}
