/**
 * The size class the engine applied to the call and why, in the engine's words: the thresholds the
 * figures meet and, over several financial years, which years decided it (EU SME definition,
 * Recommendation 2003/361, Annex art. 4(2)).
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
        {t('report.sizeClass', { label: t(`sizeClasses.${applicant.sizeClass}`, { ns: 'size' }) })}
      </h2>
      <ul>
        {applicant.sizeClassReasons.map((reason, i) => (
          // A class's reasons can share a code (NOT_BY_STAFF for each smaller class): the place is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole from the report.
          <li key={i}>{explain('size', reason)}</li>
        ))}
      </ul>
    </section>
  );
}
