/** The one typed API client, derived from the Hono app's type (a type-only import, no server code). */
import { hc } from 'hono/client';
import type { ApiApp } from '../../../functions/api/app';

export function createApiClient(baseUrl: string, getToken: () => string | undefined) {
  return hc<ApiApp>(baseUrl || window.location.origin, {
    headers: (): Record<string, string> => {
      const token = getToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
