/** zod validation at the HTTP edge, answering 400 with field paths in the shared error shape. */
import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod';
import { fieldErrorsFrom } from '../../shared/api/error-body';
import { errorBody } from './errors';

export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      return c.json(
        errorBody('invalid_input', `The ${target} is not valid.`, fieldErrorsFrom(result.error.issues)),
        400,
      );
    }
  });
}
