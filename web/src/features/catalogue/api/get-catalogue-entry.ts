/** One catalogue record's public summary, by the portal's id. */
import { useQuery } from '@tanstack/react-query';
import { ApiRequestError, unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useCatalogueEntry(sourceId: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['catalogue', 'entry', sourceId],
    queryFn: async () => unwrap(await api.api.catalogue[':sourceId'].$get({ param: { sourceId } })),
    // An unknown id stays unknown.
    retry: (count, error) =>
      count < 1 && !(error instanceof ApiRequestError && [400, 404].includes(error.status)),
  });
}
