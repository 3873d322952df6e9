/**
 * Which costs in the SME's plans an aid received paid for, picked from the plans' lines (never typed
 * as ids), with how much of the aid went to each (left empty on a single cost: all of it). Calls that
 * limit other aid on the same cost (cumulation) read these; a cost ticked here is counted from here, so
 * a line that also lists received aid on the plan says so, or the same aid would count twice.
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
  errors: Record<string, string>;
  onChange: (costs: AidCostValues[]) => void;
}

type CostRef = { planId: string; lineId: string };
const sameCost = (a: CostRef, b: CostRef) => a.planId === b.planId && a.lineId === b.lineId;
/** The schema allows an aid on at most this many costs. */
const MAX_COSTS = 50;

export function AidCostsFields({ index, costs, planned, errors, onChange }: Props) {
  const { t } = useTranslation();
  const n = index + 1;
  const path = `deMinimisReceived.${index}.costsCovered`;
  const hintId = `aid-${index}-costs-hint`;
  const listError = errors[path];
  // Costs ticked earlier that the plans no longer hold (or, while they load, every ticked cost) stay
  // listed, ticked, until the SME unticks them.
  const unlisted = costs.filter((c) => !planned?.some((p) => sameCost(p, c)));
  const toggle = (cost: CostRef, on: boolean) =>
    onChange(
      on
        ? [...costs, { planId: cost.planId, lineId: cost.lineId, amount: '' }]
        : costs.filter((c) => !sameCost(c, cost)),
    );
  const setAmount = (cost: CostRef, amount: string) =>
    onChange(costs.map((c) => (sameCost(c, cost) ? { ...c, amount } : c)));

  const row = (at: number, cost: CostRef, label: string, line: string, onLine?: number | true) => {
    const position = costs.findIndex((c) => sameCost(c, cost));
    const ticked = position >= 0 ? costs[position] : undefined;
    const id = `aid-${index}-cost-${at}`;
    return (
      // Keyed by the cost itself: unticking one never moves focus onto another.
      <div key={JSON.stringify([cost.planId, cost.lineId])}>
        <div className="check">
          <input
            id={id}
            type="checkbox"
            checked={ticked !== undefined}
            disabled={ticked === undefined && costs.length >= MAX_COSTS}
            onChange={(e) => toggle(cost, e.target.checked)}
          />
          <label htmlFor={id}>{label}</label>
        </div>
        {ticked && onLine !== undefined && (
          <p className="hint">
            {onLine === true
              ? t('company.aidCostOnLineShare')
              : t('company.aidCostOnLine', { amount: formatCents(onLine) })}
          </p>
        )}
        {ticked && (
          <Field
            id={`${id}-amount`}
            label={t('company.aidCostAmount', { n, line })}
            hint={t('company.aidCostAmountHint')}
            error={errors[`${path}.${position}.cents`] ?? errors[`${path}.${position}.lineId`]}
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
    <fieldset
      className="aid-costs"
      aria-describedby={listError ? `${hintId} ${hintId}-error` : hintId}
      aria-invalid={Boolean(listError)}
    >
      <legend>{t('company.aidCosts', { n })}</legend>
      <p id={hintId} className="hint">
        {t('company.aidCostsHint')}
      </p>
      {listError && (
        <p id={`${hintId}-error`} className="error">
          {listError}
        </p>
      )}
      {planned?.length === 0 && unlisted.length === 0 && <p>{t('company.aidCostsNone')}</p>}
      {planned?.map((cost, at) =>
        row(
          at,
          cost,
          t('company.aidCostLine', {
            plan: cost.planTitle,
            line: cost.description,
            amount: formatCents(cost.amountCents),
          }),
          cost.description,
          cost.onLine,
        ),
      )}
      {unlisted.map((cost, i) => {
        const label = planned
          ? t('company.aidCostGone', { n: i + 1 })
          : t('company.aidCostTicked', { n: i + 1 });
        return row((planned?.length ?? 0) + i, cost, label, label);
      })}
    </fieldset>
  );
}
