/**
 * What the attack suites (authorization matrix, hostile input, stored-state check) need of an API: its
 * ports, tokens for any user, and JSON requests through the whole Hono app. Both the API on DynamoDB
 * Local (tests/integration/support/test-api.ts) and the one on in-memory adapters
 * (functions/in-memory/in-memory-app.ts) are driven through it, so each suite runs on both.
 */
import type { AppDeps } from '../../functions/api/app-deps';
import type { Role } from '../../shared/auth/roles';

export interface DrivableApi {
  deps: AppDeps;
  tokenFor(user: { role: Role; orgId: string }): Promise<string>;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
    // biome-ignore lint/suspicious/noExplicitAny: JSON answers of any route, read by each matrix row.
  ): Promise<{ status: number; headers: Headers; body: any }>;
}
