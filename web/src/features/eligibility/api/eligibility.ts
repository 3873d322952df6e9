/**
 * What the report page needs, in one answer: the application draft (report, questions) with the call's
 * title and rules, the plan and the company the report was worked out from (what-ifs re-run on them).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../../lib/api-client';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function getApplicationDraftQueryOptions(api: ApiClient, planId: string, callId: string) {
  return queryOptions({
    queryKey: ['plans', planId, 'draft', callId],
    queryFn: async () =>
      unwrap(
        await api.api.plans[':id']['application-draft'][':callId'].$get({ param: { id: planId, callId } }),
      ),
  });
}

export function useApplicationDraft(planId: string, callId: string) {
  const { api } = useAppContext();
  return useQuery(getApplicationDraftQueryOptions(api, planId, callId));
}
