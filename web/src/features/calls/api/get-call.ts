/** One published call, as everyone may read it: figures, who may apply, what is eligible. */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function usePublicCall(id: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['calls', 'public', id],
    queryFn: async () => unwrap(await api.api.calls[':id'].$get({ param: { id } })),
  });
}
