/** Hono's environment for the API: the signed-in user, once `authenticate` has run. */
import type { AuthUser } from '../auth/token-verifier';

export interface AppEnv {
  Variables: {
    user: AuthUser;
  };
}
