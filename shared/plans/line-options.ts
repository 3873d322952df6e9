/**
 * The fixed choices of a plan line, as plain lists free of the schema library, so the plan editor can
 * offer them without loading the validation code.
 */

/** Where a line stands: planned, quoted, invoiced or paid. */
export const LINE_STATUSES = ['estimate', 'quote', 'invoice', 'paid'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** Whether the line's invoice exists: its date and what it settles are facts, no longer plans. */
export const isInvoiced = (status: string): boolean => status === 'invoice' || status === 'paid';

/** How a line is paid (some calls refuse untraceable payments such as cash). */
export const PAYMENT_METHODS = ['bank-transfer', 'card', 'direct-debit', 'cash', 'other'] as const;
