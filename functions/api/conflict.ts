/** A 409 that hands back what is stored now, so the client can show both versions and lose nothing. */
import type { Context } from 'hono';
import { errorBody } from './errors';

export function conflictWithCurrent(c: Context, message: string, current: unknown) {
  return c.json({ ...errorBody('conflict', message), current }, 409);
}
