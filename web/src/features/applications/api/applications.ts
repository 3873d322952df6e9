/** The SME's applications and one application with its receipt. */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useApplications() {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications'],
    queryFn: async () => unwrap(await api.api.applications.$get()),
  });
}

export function useApplication(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['applications', id],
    queryFn: async () => unwrap(await api.api.applications[':id'].$get({ param: { id } })),
  });
}
