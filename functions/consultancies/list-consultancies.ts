/** The directory an SME picks a consultancy from when it shares an application: by name, a page at a time. */
import type { Consultancy } from '../../shared/consultancies/consultancy-schema';
import type { AppDeps } from '../api/app-deps';
import type { PageRequest } from '../calls/call-store';
import type { Page } from '../data/page-cursor';

export function listConsultancies(
  deps: Pick<AppDeps, 'consultancies'>,
  page: PageRequest,
): Promise<Page<Consultancy>> {
  return deps.consultancies.page(page);
}
