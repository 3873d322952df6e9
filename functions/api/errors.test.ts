import { Hono } from 'hono/tiny';
import { describe, expect, it } from 'vitest';
import {
  InvalidRequestError,
  NotFoundError,
  RuleRefusalError,
  StateConflictError,
  type UseCaseError,
} from '../errors/use-case-errors';
import { errorHandler } from './errors';

/** An app whose one route throws what it is given, answered by the API's error handler. */
function answering(error: Error) {
  const logged: string[] = [];
  const app = new Hono()
    .get('/', () => {
      throw error;
    })
    .onError(errorHandler({ error: (message) => logged.push(message) }));
  return { request: () => app.request('/'), logged };
}

describe('use-case refusals in HTTP', () => {
  const cases: [UseCaseError, number][] = [
    [
      new InvalidRequestError('invalid_input', 'Fill in the budget.', [
        { path: 'budgetCents', message: 'is required' },
      ]),
      400,
    ],
    [new NotFoundError('not_found', 'You have no application with this id.'), 404],
    [
      new StateConflictError('already_applied', 'Already applied.', undefined, {
        existingApplicationId: 'A1',
      }),
      409,
    ],
    [new RuleRefusalError('deadline_passed', 'The call closed at noon.'), 422],
  ];

  it.each(cases)(
    'answers %o as %i, with its code, message, fields and facts, and logs nothing',
    async (error, status) => {
      const { request, logged } = answering(error);
      const response = await request();
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({
        error: {
          ...error.details,
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      });
      expect(logged).toEqual([]);
    },
  );

  it('answers any other failure 500 without its message, and logs it', async () => {
    const { request, logged } = answering(new Error('the table is gone'));
    const response = await request();
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('table');
    expect(logged).toEqual(['the table is gone']);
  });
});
