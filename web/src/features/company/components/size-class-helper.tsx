/** The size class the EU definition gives these figures, recomputed as the SME types, with the reasons. */
import type { Company } from '../../../../../shared/companies/company-schema';
import { classifySize } from '../../../../../shared/eligibility/size-class';

const LABEL = {
  micro: 'Micro enterprise',
  small: 'Small enterprise',
  medium: 'Medium enterprise',
  large: 'Not an SME',
};

export function SizeClassHelper({ company }: { company: Company | undefined }) {
  if (!company) {
    return <p className="hint">Fill in staff, turnover and balance sheet to see your size class.</p>;
  }
  const result = classifySize(company);
  return (
    <aside aria-labelledby="size-class-title" aria-live="polite" className="size-class">
      <h2 id="size-class-title">Your size class: {LABEL[result.sizeClass]}</h2>
      <p className="hint">
        By the EU SME definition (Recommendation 2003/361/EC): staff must be under the limit and either
        turnover or balance sheet too; partner and linked enterprises add to your figures.
      </p>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </aside>
  );
}
