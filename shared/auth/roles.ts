/** The three kinds of users; a user's roles come from the groups claim of their token. */
export const ROLES = ['sme', 'association', 'consultant'] as const;
export type Role = (typeof ROLES)[number];

/** Whether a group named in a token is one of our roles (a pool may hold other groups: ignored). */
export function isRole(group: unknown): group is Role {
  return ROLES.some((role) => role === group);
}
