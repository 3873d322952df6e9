/**
 * English, engine namespace: the eligibility engine's reasons and hints, keyed by the codes in
 * shared/eligibility/explanation.ts (a test checks every code has a text); size classes and their reasons
 * are the size namespace. Values come formatted for the reader's language; `_excluded`/`_noUnits` are
 * variants picked by the reason itself.
 */
export const messages = {
  reason: {
    SIZE_CLASS: 'A {{sizeClass}} cannot apply; the call is for: {{sizeClasses}}.',
    REGION: "Neither the seat nor an operating site ({{regions}}) is in the call's area ({{callRegions}}).",
    REGION_excluded: 'Region {{region}} is excluded.',
    SECTOR: 'Activity {{sector}} is not among the sectors the call admits.',
    SECTOR_excluded: 'Activity {{sector}} is excluded (e.g. primary agriculture or fishery).',
    TOO_YOUNG: 'The company must be registered for at least {{years}} years.',
    DECLARATION_MISSING: 'The declaration “{{declaration}}” is required.',
    PREVIOUS_BENEFICIARY: 'Beneficiaries of the previous edition cannot apply.',
    EXCLUDED: '{{reason}}',
    USED_GOODS: 'Used goods are not eligible.',
    LINKED_SUPPLIER: '{{supplier}} is linked to the applicant.',
    UNTRACEABLE_PAYMENT: 'Cash payments are not traceable and not eligible.',
    TAGS_MISSING: '{{category}} counts only for spend tied to one of: {{tags}}.',
    NOT_AN_ELIGIBLE_CATEGORY: 'Spend of type “{{spendType}}” is not eligible under this call.',
    SUPPLIER_NOT_ACCREDITED: '{{supplier}} is not registered on the {{list}} list.',
    OUTSIDE_SPEND_WINDOW: 'Dated {{lineDate}}, outside the spending period {{fromDate}} – {{toDate}}.',
    APPLIED_TOO_LATE: 'Must be applied for within {{days}} days of the service start ({{serviceStartDate}}).',
    STARTED_BEFORE_ALLOWED:
      'Starts on {{lineDate}}: applying on {{applicationDate}}, only work starting on or after {{limitDate}} counts.',
    STARTS_AFTER_ALLOWED:
      'Starts on {{lineDate}}: applying on {{applicationDate}}, only work starting on or before {{limitDate}} counts.',
    INVOICED_BEFORE_ALLOWED:
      'Invoiced on {{lineDate}}: applying on {{applicationDate}}, only costs invoiced on or after {{limitDate}} count.',
    INVOICED_AFTER_ALLOWED:
      'Invoiced on {{lineDate}}: applying on {{applicationDate}}, only costs invoiced on or before {{limitDate}} count.',
    NO_INVOICE_DATE_FITS:
      'Not invoiced yet, and no invoice date can count: applying on {{applicationDate}}, only costs invoiced on or after {{fromDate}} and on or before {{toDate}} count.',
    NO_INVOICE_DATE_FITS_over:
      'Not invoiced yet, and only costs invoiced on or before {{toDate}} count: an invoice issued on {{applicationDate}} or later cannot count.',
    INVOICE_DATE_TO_KEEP: 'Not invoiced yet: only costs invoiced {{fromDate}} – {{toDate}} count.',
    INVOICE_DATE_TO_KEEP_from: 'Not invoiced yet: only costs invoiced on or after {{fromDate}} count.',
    INVOICE_DATE_TO_KEEP_to: 'Not invoiced yet: only costs invoiced on or before {{toDate}} count.',
    START_DATE_TO_KEEP: 'No start date yet: only work starting {{fromDate}} – {{toDate}} counts.',
    START_DATE_TO_KEEP_from: 'No start date yet: only work starting on or after {{fromDate}} counts.',
    START_DATE_TO_KEEP_to: 'No start date yet: only work starting on or before {{toDate}} counts.',
    CUMULATION_NOT_ALLOWED:
      'This cost already has {{otherAidCents}} of other aid; the call allows no other aid on the same cost.',
    CUMULATION_NOT_ALLOWED_taxIncentivesOnly:
      'This cost already has {{otherAidCents}} of other aid; the call allows no other aid on the same cost except general tax incentives.',
    CUMULATION_CAP:
      'With {{otherAidCents}} of other aid on this {{costCents}} cost and all aid on it at most {{maxIntensityBp}}, this call grants at most {{capCents}} on it.',
    CUMULATION_CAP_exhausted:
      'With {{otherAidCents}} of other aid on this {{costCents}} cost and all aid on it at most {{maxIntensityBp}}, nothing is left for this call.',
    RECURRING_NOT_ELIGIBLE: 'Subscriptions and recurring fees are not eligible.',
    VAT_EXCLUDED: 'VAT is not eligible; only the net amount counts.',
    SUBSCRIPTION_PRORATED:
      'Only {{inside}} of {{months}} months fall inside the project period: {{countedCents}} counts.',
    UNIT_PRICE_CAP: 'At most {{perUnitCents}} per {{unit}}: {{count}} × {{perUnitCents}} = {{capCents}}.',
    UNIT_PRICE_CAP_noUnits: 'The number of units ({{unit}}) is needed to apply the {{perUnitCents}} cap.',
    BELOW_LINE_MINIMUM: '{{category}} lines must be at least {{minCents}}.',
    CATEGORY_CAP: '{{category}} counts up to {{capCents}}: {{overCents}} not eligible.',
    CATEGORY_SHARE_CAP:
      '{{category}} is {{actualBp}} of eligible spend, cap {{capBp}}: {{overCents}} not eligible.',
    MAX_ELIGIBLE: 'Eligible spend counts up to {{maxCents}}: {{overCents}} earns no grant.',
    SHARE_RANGE: '{{group}} is {{actualBp}} of eligible spend; the call needs {{minBp}}–{{maxBp}}.',
    SHARE_RANGE_CAP:
      '{{group}} is {{actualBp}} of eligible spend, at most {{maxBp}}: {{overCents}} of it not eligible.',
    SHARE_RANGE_CAP_low:
      '{{group}} is {{actualBp}} of eligible spend, at least {{minBp}}: {{overCents}} of other spend not eligible.',
    BELOW_PROJECT_MINIMUM: 'Eligible spend {{eligibleCents}} is below the {{minCents}} minimum.',
    BELOW_PROJECT_MINIMUM_requested:
      'The project costs {{requestedCents}}, less than the {{minCents}} minimum.',
    ABOVE_PROJECT_MAXIMUM: 'The project costs {{requestedCents}}, more than the {{maxCents}} maximum.',
    ABOVE_PROJECT_MAXIMUM_eligible: 'Eligible spend {{eligibleCents}} is more than the {{maxCents}} maximum.',
    MAX_GRANT: 'The grant is at most {{maxCents}}.',
    ALLOCATED: 'The voucher booked for you is {{allocatedCents}}.',
    YEARLY_CEILING: 'At most {{ceilingCents}} per company in {{year}}; {{usedCents}} already granted.',
    DE_MINIMIS_EXCEEDED:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} leaves {{headroomCents}} of {{ceilingCents}}; the call refuses a grant above it.',
    DE_MINIMIS_EXCEEDED_linked:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} ({{linkedCents}} of it by linked enterprises) leaves {{headroomCents}} of {{ceilingCents}}; the call refuses a grant above it.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} leaves {{headroomCents}} of {{ceilingCents}}.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} ({{linkedCents}} of it by linked enterprises) leaves {{headroomCents}} of {{ceilingCents}}.',
    REVIEW_OVERRIDE:
      'The consultant set the eligible amount to {{eligibleCents}} (the engine counted {{engineCents}}).',
    BLOCKED: 'Not eligible.',
  },
  hint: {
    CATEGORY_SHARE_CAP:
      '{{category}} is {{actualBp}} of eligible spend, cap {{capBp}}: {{overCents}} would earn no grant; add other eligible spend or lower it.',
    MAX_ELIGIBLE: 'Eligible spend counts up to {{maxCents}}: {{overCents}} earns no grant.',
    SHARE_RANGE_LOW:
      '{{group}} is {{actualBp}} of eligible spend; the call needs {{minBp}}–{{maxBp}}: add {{addCents}} of it.',
    SHARE_RANGE_HIGH:
      '{{group}} is {{actualBp}} of eligible spend; the call needs {{minBp}}–{{maxBp}}: add {{addCents}} of other eligible spend.',
    SHARE_RANGE_CAP:
      '{{group}} is {{actualBp}} of eligible spend, at most {{maxBp}}: {{overCents}} of it earns no grant; add other eligible spend or lower it.',
    SHARE_RANGE_CAP_low:
      '{{group}} is {{actualBp}} of eligible spend, at least {{minBp}}: {{overCents}} of other spend earns no grant; add to the group or lower the other spend.',
    BELOW_PROJECT_MINIMUM: 'Add {{missingCents}} of eligible spend to reach the {{minCents}} minimum.',
    BELOW_PROJECT_MINIMUM_requested: 'Add {{missingCents}} to the project to reach the {{minCents}} minimum.',
    ABOVE_PROJECT_MAXIMUM: 'Reduce the project by {{overCents}} to stay within {{maxCents}}.',
    ABOVE_PROJECT_MAXIMUM_eligible: 'Reduce the eligible spend by {{overCents}} to stay within {{maxCents}}.',
    DE_MINIMIS_CUT:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} leaves {{headroomCents}} of {{ceilingCents}}. The grant is cut to it.',
    DE_MINIMIS_CUT_linked:
      'De minimis: {{receivedCents}} already received since {{sinceDate}} ({{linkedCents}} of it by linked enterprises) leaves {{headroomCents}} of {{ceilingCents}}. The grant is cut to it.',
  },
};

export type Messages = typeof messages;
