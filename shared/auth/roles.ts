/** The three kinds of users; a user's roles come from the groups claim of their token. */
import * as z from 'zod/mini';

export const roleSchema = z.enum(['sme', 'association', 'consultant']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;
