/** One entry of the audit trail: who changed what on a call or an application, and from what to what. */
import type { AuthUser } from '../auth/token-verifier';

export type AuditedResource = 'call' | 'application';

export interface AuditEntry {
  resource: AuditedResource;
  resourceId: string;
  at: string;
  actor: { sub: string; orgId: string; roles: string[] };
  action: string;
  /** Top-level fields that changed, before → after (undefined when created or removed). */
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Fields too large or too internal to repeat in every entry; their change is still recorded. */
const SUMMARISED = new Set(['rules', 'report', 'evaluatedWith']);

export function auditEntry(
  actor: AuthUser,
  resource: AuditedResource,
  resourceId: string,
  action: string,
  before: object | undefined,
  after: object,
  at: string,
): AuditEntry {
  const changes: AuditEntry['changes'] = {};
  const was = (before ?? {}) as Record<string, unknown>;
  const is = after as Record<string, unknown>;
  for (const field of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (JSON.stringify(was[field]) === JSON.stringify(is[field])) continue;
    changes[field] = SUMMARISED.has(field)
      ? {
          before: was[field] === undefined ? undefined : '(changed)',
          after: is[field] === undefined ? undefined : '(changed)',
        }
      : { before: was[field], after: is[field] };
  }
  return {
    resource,
    resourceId,
    at,
    actor: { sub: actor.sub, orgId: actor.orgId, roles: actor.roles },
    action,
    changes,
  };
}
