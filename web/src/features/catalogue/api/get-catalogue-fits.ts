/** The catalogue's possible fits for one of the SME's plans (coarse checks, best first). */
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api-error';
import { useAppContext } from '../../../lib/app-context';

export function useCatalogueFits(planId: string) {
  const { api } = useAppContext();
  return useQuery({
    queryKey: ['plans', planId, 'catalogue-fits'],
    queryFn: async () => unwrap(await api.api.catalogue.fits[':planId'].$get({ param: { planId } })),
  });
}
