/**
 * Ids that users type (spend lines, form questions) end up as keys of stored maps and of lookups. A name
 * every JavaScript object already has (`constructor`, `toString`, `__proto__`) would read as "present"
 * on any plain object, and `__proto__` cannot even be stored as a map key, so such names are refused.
 */
import * as z from 'zod';
import { checkWords } from './check-words';

const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export function isReservedName(id: string): boolean {
  return RESERVED.has(id);
}

export const notReserved = (id: string) => !isReservedName(id);
export const reservedMessage = 'is a reserved name; choose another id';

/** Letters, digits, `_` and `-`, up to 64, and no reserved name. */
export const safeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'must be 1–64 letters, digits, _ or -' })
  .refine(notReserved, { error: reservedMessage, params: checkWords('reservedId') });
