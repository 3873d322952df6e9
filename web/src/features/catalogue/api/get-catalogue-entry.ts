/** One catalogue record's public summary, by the portal's id. */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useCatalogueEntry(sourceId: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['catalogue', 'entry', sourceId],
    queryFn: async () => unwrap(await api.api.catalogue[':sourceId'].$get({ param: { sourceId } })),
  });
}
