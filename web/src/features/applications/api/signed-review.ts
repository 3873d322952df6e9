/**
 * The signed review of one of the SME's applications, read through the API, which recomputes its
 * content hash on this very read: what the receipt shows is only trusted while the review is unchanged.
 */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useSignedReview(applicationId: string, signed: boolean) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications', applicationId, 'review'],
    enabled: signed,
    queryFn: async () =>
      unwrap(await api.api.applications[':id'].review.$get({ param: { id: applicationId } })),
  });
}
