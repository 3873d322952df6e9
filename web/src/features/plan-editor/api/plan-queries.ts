/**
 * What the plan editor reads: the plan, and the rules of the open calls its lines are asked about. Kept
 * apart from the editor's saving code so that the first script can start these reads on a first visit
 * (app/prefetch-first-screen.ts) without waiting for the editor's chunk.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CallRules } from '../../../../../shared/eligibility/call-rules-schema';
import { allPages } from '../../../lib/all-pages';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';

export function getPlanQueryOptions(api: ApiClient, id: string | undefined) {
  return queryOptions({
    queryKey: ['plans', id],
    enabled: Boolean(id),
    queryFn: async () => unwrap(await api.api.plans[':id'].$get({ param: { id: id ?? '' } })),
  });
}

/** The rules of the open calls, and of the call the SME came from if it is not among them, by call. */
export function getCallRulesQueryOptions(api: ApiClient, callId: string | undefined) {
  return queryOptions({
    queryKey: ['calls', 'open', 'rules', callId ?? ''],
    queryFn: async (): Promise<{ id: string; rules: CallRules }[]> => {
      const open = await allPages(async (cursor) =>
        unwrap(await api.api.calls.$get({ query: cursor ? { limit: '100', cursor } : { limit: '100' } })),
      );
      const rules = open.items.flatMap((call) => (call.rules ? [{ id: call.id, rules: call.rules }] : []));
      if (callId && !open.items.some((call) => call.id === callId)) {
        const call = await api.api.calls[':id'].$get({ param: { id: callId } }).then(unwrap);
        if (call.rules) rules.push({ id: call.id, rules: call.rules });
      }
      return rules;
    },
  });
}
