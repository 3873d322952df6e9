/**
 * Whether a call takes applications at an instant. Apart from the call's schema so the web's public
 * call page can ask it without loading the schema library.
 */
import type { Call } from './call-schema';

/** A call is open while it is published and its deadline instant has not passed. */
export function isOpen(call: Pick<Call, 'status' | 'closesAt'>, now: Date): boolean {
  return call.status === 'published' && new Date(call.closesAt).getTime() > now.getTime();
}
