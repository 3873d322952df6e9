/**
 * English, size namespace: the size class the EU SME definition gives a company, and why (keyed by the
 * SIZE codes of shared/eligibility/explanation.ts), and the classes' names. Its own namespace so the
 * company page, which shows only these, does not load every reason of the engine; the report pages load
 * it beside the engine's.
 */
export const messages = {
  size: {
    PUBLIC_BODIES: '{{pct}} % is held by public bodies (25 % or more): not an SME.',
    STAFF_BELOW: 'Staff {{staffAwu}} annual work units, fewer than {{staffBelow}}.',
    TURNOVER_WITHIN: 'Turnover {{turnoverCents}}, within {{turnoverLimitCents}}.',
    BALANCE_SHEET_WITHIN:
      'Balance sheet {{balanceSheetCents}}, within {{balanceSheetLimitCents}} (turnover {{turnoverCents}} is over {{turnoverLimitCents}}, but either test is enough).',
    NOT_BY_MONEY:
      'Not a {{sizeClass}}: turnover {{turnoverCents}} is over {{turnoverLimitCents}} and balance sheet {{balanceSheetCents}} over {{balanceSheetLimitCents}}.',
    NOT_BY_STAFF: 'Not a {{sizeClass}}: staff {{staffAwu}} annual work units, {{staffBelow}} or more.',
    ONE_YEAR_ONLY:
      'The {{year}} figures alone give a {{sizeClassOfYear}}, but the class changes only after two consecutive financial years across a threshold: still a {{sizeClass}}.',
    TWO_CONSECUTIVE_YEARS:
      '{{firstYear}} and {{secondYear}}, two consecutive financial years, both crossed the thresholds of a {{sizeClassBefore}}: now a {{sizeClass}}.',
    SAME_OVER_YEARS:
      'No two consecutive financial years from {{firstYear}} to {{lastYear}} crossed a threshold: a {{sizeClass}} throughout.',
  },
  sizeClasses: {
    micro: 'micro enterprise',
    small: 'small enterprise',
    medium: 'medium-sized enterprise',
    large: 'large enterprise',
  },
};

export type Messages = typeof messages;
