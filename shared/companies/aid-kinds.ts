/**
 * Kinds of public aid a cost can carry; general tax incentives are open to every firm and are not State
 * aid. A plain list, free of the schema library, so the plan editor can offer the choices cheaply.
 */
export const AID_KINDS = ['de-minimis', 'gber', 'other-state-aid', 'general-tax-incentive'] as const;
export type AidKind = (typeof AID_KINDS)[number];

/** Whether other aid on a line is already received or applied for and not decided yet (both count). */
export const AID_STATUSES = ['received', 'requested'] as const;
