/** The size class the EU definition gives these figures, recomputed as the SME types, with the reasons. */
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../../../shared/companies/company-schema';
import { classifySize } from '../../../../../shared/eligibility/size-class';
import { useExplain } from '../../../lib/explain';

export function SizeClassHelper({ company }: { company: Company | undefined }) {
  const { t } = useTranslation();
  const explain = useExplain();
  if (!company) return <p className="hint">{t('company.sizeEmpty')}</p>;
  const result = classifySize(company);
  return (
    <aside aria-labelledby="size-class-title" aria-live="polite" className="size-class">
      <h2 id="size-class-title">
        {t('company.sizeTitle', { label: t(`company.sizeClasses.${result.sizeClass}`) })}
      </h2>
      <p className="hint">{t('company.sizeHint')}</p>
      <ul>
        {result.reasons.map((reason, i) => (
          // A class's reasons can share a code (NOT_BY_STAFF for each smaller class): the place is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole from the figures.
          <li key={i}>{explain('size', reason)}</li>
        ))}
      </ul>
    </aside>
  );
}
