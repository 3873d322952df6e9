/** The signed-in session: the ID token and the few claims the UI needs. The API re-verifies everything. */
import * as z from 'zod/mini';
import { type Role, roleSchema } from '../../../shared/auth/roles';

export interface Session {
  idToken: string;
  email: string;
  roles: Role[];
  expiresAt: number;
}

const claimsSchema = z.object({
  email: z._default(z.string(), ''),
  exp: z.number(),
  'cognito:groups': z._default(z.array(z.string()), []),
});

/** Reads (never trusts) the token's payload for display; undefined when malformed or expired. */
export function sessionFromToken(idToken: string, now = Date.now()): Session | undefined {
  try {
    const payload = idToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = claimsSchema.parse(JSON.parse(json));
    const expiresAt = claims.exp * 1000;
    if (expiresAt <= now) return undefined;
    const roles = claims['cognito:groups'].flatMap((g) => roleSchema.safeParse(g).data ?? []);
    return { idToken, email: claims.email, roles, expiresAt };
  } catch {
    return undefined;
  }
}

const STORAGE_KEY = 'grantfit.idToken';

export function loadStoredSession(): Session | undefined {
  const token = localStorage.getItem(STORAGE_KEY);
  return token ? sessionFromToken(token) : undefined;
}

export function storeSession(session: Session | undefined): void {
  if (session) localStorage.setItem(STORAGE_KEY, session.idToken);
  else localStorage.removeItem(STORAGE_KEY);
}
