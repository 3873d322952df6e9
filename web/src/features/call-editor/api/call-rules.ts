/** Saving a call's rules: into the draft (PUT, at its revision), or as an erratum of a published call (a new version). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Call } from '../../../../../shared/calls/call-schema';
import type { CallRules } from '../../../../../shared/eligibility/call-rules-schema';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useSaveRules(call: Call | undefined) {
  const { api } = useAppContext();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ rules, description }: { rules: CallRules; description: string }) => {
      if (!call) throw new Error('The call is not loaded.');
      const param = { id: call.id };
      if (call.status === 'draft') {
        const { title, closesAt, timeZone, budgetCents, questions, revision } = call;
        return unwrap(
          await api.api.calls[':id'].$put({
            param,
            json: {
              title,
              description: call.description,
              closesAt,
              timeZone,
              budgetCents,
              questions,
              rules,
              revision,
            },
          }),
        );
      }
      return unwrap(
        await api.api.calls[':id'].errata.$post({
          param,
          json: { revision: call.revision, rules, ...(description ? { description } : {}) },
        }),
      );
    },
    // After a refusal too: the editor then sees the call as it is now (published or changed meanwhile).
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['calls'] }),
  });
}
