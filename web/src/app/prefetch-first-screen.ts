/**
 * Starts the first screen's data alongside the language bundle and config.json instead of after them.
 * The open calls are most visitors' landing page and its largest paint on a slow phone; they are public,
 * so the request needs no session.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getOpenCallsQueryOptions } from '../features/calls/api/get-open-calls';
import { createApiClient } from '../lib/api-client';

export function prefetchFirstScreen(queryClient: QueryClient, path = window.location.pathname): void {
  if (path === '/' || path === '/calls') {
    void queryClient.prefetchQuery(getOpenCallsQueryOptions(createApiClient(() => undefined)));
  }
}
