/** The one typed API client, derived from the Hono app's type (a type-only import, no server code). */
import { hc } from 'hono/client';
import type { ApiApp } from '../../../functions/api/app';
import { fetchOrNoAnswer } from './no-answer';

/** The API is on the page's own origin (CloudFront routes /api/*, ADR 0003). */
/**
 * `onSignInRefused` hears of every 401: the API refused the sign-in (expired or revoked), whatever the
 * device's clock says.
 */
export function createApiClient(
  getToken: () => string | undefined | Promise<string | undefined>,
  onSignInRefused?: () => void,
) {
  const fetchAnswer: typeof fetch = async (input, init) => {
    const response = await fetchOrNoAnswer(input, init);
    if (response.status === 401) onSignInRefused?.();
    return response;
  };
  return hc<ApiApp>(window.location.origin, {
    fetch: onSignInRefused ? fetchAnswer : fetchOrNoAnswer,
    // Awaited: a token due for renewal is renewed before the request goes out.
    headers: async (): Promise<Record<string, string>> => {
      const token = await getToken();
      return token ? { Authorization: `Bearer ${token}` } : {};
    },
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
