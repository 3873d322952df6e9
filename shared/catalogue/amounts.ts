/**
 * Spend and aid ranges and the budget, as integer euro cents. `Spesa_*`/`Agevolazione_*` are plain
 * digits; "0" as a minimum means no minimum and "0" as a maximum means unknown (ID 156), so neither is
 * kept. `Stanziamento_incentivo` mixes decimals and prose; its text is kept beside the amount.
 */
import { amountsInProse, parseNumberToCents } from './italian-amounts';
import type { RawIncentive } from './raw-record-schema';
import { type CatalogueWarning, warn } from './warnings';

export interface AmountRange {
  minCents?: number;
  maxCents?: number;
}

export interface Budget {
  cents?: number;
  /** The source text, when it is more than a plain number (prose, decimals), for a person to read. */
  text?: string;
}

type RangeField = 'Spesa_Ammessa' | 'Agevolazione_Concedibile';

function readAmount(
  field: string,
  raw: string | undefined,
  warnings: CatalogueWarning[],
): number | undefined {
  if (raw === undefined) return undefined;
  const cents = parseNumberToCents(raw);
  if (cents === undefined)
    warnings.push(warn('AMOUNT_INVALID', { field, raw }, `${field} "${raw}" is not an amount`));
  return cents;
}

export function readRange(
  raw: RawIncentive,
  field: RangeField,
): { range: AmountRange; warnings: CatalogueWarning[] } {
  const warnings: CatalogueWarning[] = [];
  const min = readAmount(`${field}_min`, raw[`${field}_min`], warnings);
  const max = readAmount(`${field}_max`, raw[`${field}_max`], warnings);
  if (max === 0)
    warnings.push(
      warn('MAX_UNKNOWN', { field: `${field}_max` }, `${field}_max is 0, which the portal uses for unknown`),
    );
  const range: AmountRange = {
    ...(min !== undefined && min > 0 ? { minCents: min } : {}),
    ...(max !== undefined && max > 0 ? { maxCents: max } : {}),
  };
  if (range.minCents !== undefined && range.maxCents !== undefined && range.minCents > range.maxCents)
    warnings.push(
      warn(
        'MIN_ABOVE_MAX',
        { field, minCents: range.minCents, maxCents: range.maxCents },
        `${field}_min is above ${field}_max`,
      ),
    );
  return { range, warnings };
}

const BUDGET_FIELD = 'Stanziamento_incentivo';

export function readBudget(raw: string | undefined): { budget: Budget; warnings: CatalogueWarning[] } {
  if (raw === undefined) return { budget: {}, warnings: [] };
  const text = raw.trim();
  const plain = /^\d+$/.test(text);
  const number = parseNumberToCents(text);
  if (number !== undefined) return { budget: { cents: number, ...(plain ? {} : { text }) }, warnings: [] };
  const amounts = amountsInProse(text);
  if (amounts.length === 1)
    return {
      budget: { cents: amounts[0], text },
      warnings: [
        warn('BUDGET_FROM_PROSE', { text }, `${BUDGET_FIELD} is prose ("${text}"); its one amount is used`),
      ],
    };
  if (amounts.length > 1)
    return {
      budget: { text },
      warnings: [
        warn(
          'BUDGET_AMBIGUOUS',
          { text, amountsCents: amounts },
          `${BUDGET_FIELD} names ${amounts.length} amounts ("${text}"); none is taken as the budget`,
        ),
      ],
    };
  return {
    budget: { text },
    warnings: [warn('BUDGET_UNPARSED', { text }, `${BUDGET_FIELD} "${text}" holds no amount`)],
  };
}
