/** The one typed API client, derived from the Hono app's type (a type-only import, no server code). */
import { hc } from 'hono/client';
import type { ApiApp } from '../../../functions/api/app';

/** The API is on the page's own origin (CloudFront routes /api/*, ADR 0003). */
export function createApiClient(getToken: () => string | undefined) {
  return hc<ApiApp>(window.location.origin, {
    headers: (): Record<string, string> => {
      const token = getToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
