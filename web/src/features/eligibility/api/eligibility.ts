/** What the report page needs: the application draft (report, questions) and, for what-ifs, the call, plan and company. */
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

/** The call, the plan and the company, so the browser can re-run the same engine on edits. */
export function getWhatIfInputsQueryOptions(api: ApiClient, planId: string, callId: string) {
  return queryOptions({
    queryKey: ['what-if', planId, callId],
    queryFn: async () => {
      // Three requests at once: an `await` inside the array would send them one after another.
      const [call, plan, company] = await Promise.all([
        api.api.calls[':id'].$get({ param: { id: callId } }).then(unwrap),
        api.api.plans[':id'].$get({ param: { id: planId } }).then(unwrap),
        api.api.companies.mine.$get().then(unwrap),
      ]);
      return { call, plan: plan.plan, company: company.company };
    },
  });
}

export function useWhatIfInputs(planId: string, callId: string) {
  const { api } = useAppContext();
  return useQuery(getWhatIfInputsQueryOptions(api, planId, callId));
}
