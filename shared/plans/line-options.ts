/**
 * The fixed choices of a plan line, as plain lists free of the schema library, so the plan editor can
 * offer them without loading the validation code.
 */

/** Where a line stands: planned, quoted, invoiced or paid. */
export const LINE_STATUSES = ['estimate', 'quote', 'invoice', 'paid'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** Whether the line's invoice exists: its date and what it settles are facts, no longer plans. */
export const isInvoiced = (status: string): boolean => status === 'invoice' || status === 'paid';

/**
 * The line's tags once its spend type is chosen: a type that names a purpose serves it (a cybersecurity
 * expense serves cybersecurity, which calls funding cybersecurity ask on the line), so choosing the type
 * ticks that purpose too. Nothing already ticked is unticked: what the SME said is never dropped.
 */
export function tagsWithType(tags: readonly string[], category: string): string[] {
  return category === 'cybersecurity' && !tags.includes('cybersecurity')
    ? [...tags, 'cybersecurity']
    : [...tags];
}

/** How a line is paid (some calls refuse untraceable payments such as cash). */
export const PAYMENT_METHODS = ['bank-transfer', 'card', 'direct-debit', 'cash', 'other'] as const;
