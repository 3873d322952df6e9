/**
 * The size class the engine applied to the call and why: which financial years decided it (EU SME
 * definition, Recommendation 2003/361, Annex art. 4(2)), and any partner or linked enterprise counted.
 */
import { useTranslation } from 'react-i18next';
import type { EligibilityReport } from '../../../../../shared/eligibility/report';
import { useExplain } from '../../../lib/explain';

export function SizeClassUsed({ applicant }: { applicant: EligibilityReport['applicant'] }) {
  const { t } = useTranslation();
  const explain = useExplain();
  return (
    <section aria-labelledby="report-size-class" className="size-class-used">
      <h2 id="report-size-class">
        {t('report.sizeClass', { label: t(`company.sizeClasses.${applicant.sizeClass}`) })}
      </h2>
      <ul>
        {applicant.sizeClassReasons.map((reason) => (
          <li key={reason.code}>{explain('size', reason)}</li>
        ))}
      </ul>
    </section>
  );
}
