/** The signed-in session: the ID token and the few claims the UI needs. The API re-verifies everything. */
// Valibot, not zod: this runs on every first load, where zod's core alone would weigh 15 KB (ADR 0016).
import * as v from 'valibot';
import { isRole, type Role } from '../../../shared/auth/roles';

export interface Session {
  idToken: string;
  email: string;
  roles: Role[];
  expiresAt: number;
  /** Renews the ID token (Cognito's REFRESH_TOKEN_AUTH); absent when the sign-in service gave none. */
  refreshToken?: string;
  /** When to renew, on this device's clock: a few minutes before the token's lifetime runs out. */
  renewAt: number;
}

const claimsSchema = v.object({
  email: v.optional(v.string(), ''),
  exp: v.number(),
  iat: v.optional(v.number()),
  'cognito:groups': v.optional(v.array(v.string()), []),
});

/** How long before expiry a token is renewed: five minutes, or a fifth of a shorter lifetime. */
function renewalMargin(lifetimeMs: number): number {
  return Math.min(5 * 60_000, lifetimeMs / 5);
}

/**
 * Reads (never trusts) the token's payload for display; undefined when malformed or expired. The
 * renewal time counts the token's lifetime (exp − iat, both the issuer's clock) from `receivedAt` on
 * this device's clock, so a device whose clock is off still renews in time.
 */
export function sessionFromToken(
  idToken: string,
  now = Date.now(),
  refreshToken?: string,
  receivedAt?: number,
): Session | undefined {
  try {
    const payload = idToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = v.parse(claimsSchema, JSON.parse(json));
    const expiresAt = claims.exp * 1000;
    if (expiresAt <= now) return undefined;
    const roles = claims['cognito:groups'].filter(isRole);
    const lifetime = claims.iat === undefined ? expiresAt - now : (claims.exp - claims.iat) * 1000;
    const renewAt =
      receivedAt === undefined
        ? expiresAt - renewalMargin(lifetime)
        : receivedAt + lifetime - renewalMargin(lifetime);
    return {
      idToken,
      email: claims.email,
      roles,
      expiresAt,
      renewAt,
      ...(refreshToken ? { refreshToken } : {}),
    };
  } catch {
    return undefined;
  }
}

const STORAGE_KEY = 'grantfit.idToken';
const RENEWAL_KEY = 'grantfit.renewal';
const renewalSchema = v.object({ refreshToken: v.string(), renewAt: v.number() });

export function loadStoredSession(): Session | undefined {
  const token = localStorage.getItem(STORAGE_KEY);
  const session = token ? sessionFromToken(token) : undefined;
  if (!session) return undefined;
  let renewal: v.InferOutput<typeof renewalSchema> | undefined;
  try {
    const stored = v.safeParse(renewalSchema, JSON.parse(localStorage.getItem(RENEWAL_KEY) ?? 'null'));
    renewal = stored.success ? stored.output : undefined;
  } catch {
    renewal = undefined;
  }
  return renewal ? { ...session, ...renewal } : session;
}

export function storeSession(session: Session | undefined): void {
  if (session) {
    localStorage.setItem(STORAGE_KEY, session.idToken);
    if (session.refreshToken)
      localStorage.setItem(
        RENEWAL_KEY,
        JSON.stringify({ refreshToken: session.refreshToken, renewAt: session.renewAt }),
      );
    else localStorage.removeItem(RENEWAL_KEY);
  } else {
    localStorage.removeItem(STORAGE_KEY);
    localStorage.removeItem(RENEWAL_KEY);
  }
}
