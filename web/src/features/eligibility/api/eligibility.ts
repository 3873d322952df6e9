/** What the report page needs: the application draft (report, questions) and, for what-ifs, the call, plan and company. */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useApplicationDraft(planId: string, callId: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['plans', planId, 'draft', callId],
    queryFn: async () =>
      unwrap(
        await api.api.plans[':id']['application-draft'][':callId'].$get({ param: { id: planId, callId } }),
      ),
  });
}

/** The call, the plan and the company, so the browser can re-run the same engine on edits. */
export function useWhatIfInputs(planId: string, callId: string) {
  const { api } = useAppContext();
  return useQuery({
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
