/**
 * Which costs in the SME's plans an aid received paid for, picked from the plans' lines (never typed
 * as ids), with how much of the aid went to each when not all of it. Calls that limit other aid on the
 * same cost (cumulation) read these; a cost ticked here is counted from here, not again on the line.
 */
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field';
import { formatCents } from '../../../lib/format';
import type { PlannedCost } from '../api/company';
import type { AidCostValues } from './profile-form-values';

interface Props {
  /** The aid row's place in the form (its schema path is `deMinimisReceived.<index>`). */
  index: number;
  costs: AidCostValues[];
  /** Every cost in the SME's plans; undefined while they load or when they could not be read. */
  planned: PlannedCost[] | undefined;
  failed: boolean;
  errors: Record<string, string>;
  onChange: (costs: AidCostValues[]) => void;
}

const sameCost = (a: { planId: string; lineId: string }, b: { planId: string; lineId: string }) =>
  a.planId === b.planId && a.lineId === b.lineId;

export function AidCostsFields({ index, costs, planned, failed, errors, onChange }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const id = (suffix: string) => `aid-${index}-cost-${suffix}`;
  // Costs ticked earlier whose plan line is gone (deleted, or renamed in a new plan) stay listed until unticked.
  const gone = planned ? costs.filter((c) => !planned.some((p) => sameCost(p, c))) : [];
  const toggle = (cost: { planId: string; lineId: string }, on: boolean) =>
    onChange(
      on
        ? [...costs, { planId: cost.planId, lineId: cost.lineId, amount: '' }]
        : costs.filter((c) => !sameCost(c, cost)),
    );
  const setAmount = (cost: AidCostValues, amount: string) =>
    onChange(costs.map((c) => (sameCost(c, cost) ? { ...c, amount } : c)));

  const row = (key: string, label: string, cost: { planId: string; lineId: string }) => {
    const at = costs.findIndex((c) => sameCost(c, cost));
    const ticked = at >= 0 ? costs[at] : undefined;
    return (
      <div key={key}>
        <div className="check">
          <input
            id={id(`${key}-on`)}
            type="checkbox"
            checked={ticked !== undefined}
            onChange={(e) => toggle(cost, e.target.checked)}
          />
          <label htmlFor={id(`${key}-on`)}>{label}</label>
        </div>
        {ticked && (
          <Field
            id={id(`${key}-amount`)}
            label={t('company.aidCostAmount', { n, cost: label })}
            hint={t('company.aidCostAmountHint')}
            error={errors[`deMinimisReceived.${index}.costsCovered.${at}.cents`]}
          >
            {(aria) => (
              <input
                {...aria}
                inputMode="decimal"
                value={ticked.amount}
                onChange={(e) => setAmount(ticked, e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
    );
  };

  return (
    <fieldset className="aid-costs">
      <legend>{t('company.aidCosts', { n })}</legend>
      <p className="hint">{t('company.aidCostsHint')}</p>
      {failed && <p role="alert">{t('company.aidCostsFailed')}</p>}
      {!planned && !failed && <p role="status">{t('company.aidCostsLoading')}</p>}
      {planned?.length === 0 && <p>{t('company.aidCostsNone')}</p>}
      {planned?.map((cost, i) =>
        row(
          String(i),
          t('company.aidCostLine', {
            plan: cost.planTitle,
            line: cost.description,
            amount: formatCents(cost.amountCents),
          }),
          cost,
        ),
      )}
      {gone.map((cost, i) => row(`gone-${i}`, t('company.aidCostGone', { n: i + 1 }), cost))}
    </fieldset>
  );
}
