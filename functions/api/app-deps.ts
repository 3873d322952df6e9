/** Everything the API needs from the outside world, injected so tests and Lambda wire the same app. */
import type { TokenVerifier } from '../auth/token-verifier';
import type { CallStore } from '../calls/call-store';

export interface AppDeps {
  calls: CallStore;
  verifyToken: TokenVerifier;
  now: () => Date;
  newId: () => string;
}
