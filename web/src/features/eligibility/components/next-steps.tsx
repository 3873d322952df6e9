/**
 * Under the figures: what the money means (grant, withholding and what is paid out, VAT, what the SME
 * pays first), and each refusal as a next step linking to the exact field that would change it.
 */
import { Link } from 'wouter';
import type { CallRules } from '../../../../../shared/eligibility/call-rules-schema';
import type { EligibilityReport } from '../../../../../shared/eligibility/report';
import type { SpendTaxonomy } from '../../../../../shared/eligibility/spend-categories';
import { lineQuestions } from '../../../../../shared/plans/line-questions';
import type { SpendLine } from '../../../../../shared/plans/plan-schema';
import { INTL_LOCALE } from '../../../i18n/languages';
import { useExplain } from '../../../lib/explain';
import { formatCents } from '../../../lib/format';
import { useLabels } from '../../../lib/labels';
import { useNextStepText } from '../../../lib/next-step-text';
import { applicantNextStep, hintNextStep, lineNextSteps, type NextStep } from '../../../lib/next-steps';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** `vatCounts`: the call counts VAT as eligible spend (its amounts then include it). */
export function MoneyExplained({ report, vatCounts }: { report: EligibilityReport; vatCounts: boolean }) {
  const labels = useLabels();
  const { totals } = report;
  const say = (key: string) =>
    fill(labels.reportMoney(key), {
      grant: formatCents(totals.grantCents + totals.bonusCents),
      eligible: formatCents(totals.eligibleCents),
      withholding: formatCents(totals.withholdingCents),
      rate: new Intl.NumberFormat(INTL_LOCALE[labels.language], {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(
        totals.grantCents > 0 ? totals.withholdingCents / (totals.grantCents + totals.bonusCents) : 0,
      ),
      payout: formatCents(totals.payoutCents),
      requested: formatCents(totals.requestedCents),
      netCost: formatCents(totals.netCostCents),
    });
  return (
    <details className="money-explained">
      <summary>{labels.reportMoney('title')}</summary>
      <ul>
        <li>{say('grant')}</li>
        <li>{totals.withholdingCents > 0 ? say('withholding') : say('noWithholding')}</li>
        <li>{vatCounts ? say('vatCounts') : say('vat')}</li>
        <li>{say('payFirst')}</li>
      </ul>
    </details>
  );
}

interface Props {
  report: EligibilityReport;
  lines: readonly SpendLine[];
  planId: string;
  callId: string;
  /** The call's rules: a step links only to a field the plan editor shows for them. */
  rules: CallRules;
}

export function NextSteps({ report, lines, planId, callId, rules }: Props) {
  const labels = useLabels();
  const explain = useExplain();
  const steps = useNextStepText();
  const byId = new Map(lines.map((l) => [l.id, l]));
  const items: { key: string; what: string; step: NextStep }[] = [];
  for (const reason of report.applicant.reasons) {
    const step = applicantNextStep(reason);
    if (step) items.push({ key: `applicant-${reason.ruleId}`, what: explain('reason', reason), step });
  }
  for (const line of report.lines) {
    const spend = byId.get(line.lineId);
    const asked = spend && lineQuestions([rules], spend.category as SpendTaxonomy);
    for (const { reason, step } of lineNextSteps(line, spend, planId, callId, asked)) {
      items.push({
        key: `line-${line.lineId}-${reason.code}`,
        what: `${spend?.description ?? ''}: ${explain('reason', reason)}`,
        step,
      });
    }
  }
  for (const hint of report.hints) {
    const step = hintNextStep(hint, planId, callId);
    if (step) items.push({ key: `hint-${hint.code}`, what: explain('hint', hint), step });
  }
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="next-steps-title" className="next-steps">
      <h2 id="next-steps-title">{labels.reportMoney('stepsTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.what}</span> <strong>{steps.text(item.step)}</strong>{' '}
            <Link href={item.step.href}>
              {steps.link}
              <span className="visually-hidden">: {item.what}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
