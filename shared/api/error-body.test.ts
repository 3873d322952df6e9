import { describe, expect, it } from 'vitest';
import { callDraftInputSchema } from '../calls/call-schema';
import { fieldErrorsFrom } from './error-body';

describe('fieldErrorsFrom', () => {
  it('names each bad field by its path, unknown fields included', () => {
    const result = callDraftInputSchema.safeParse({
      title: 'ok title',
      closesAt: 'tomorrow',
      timeZone: 'Europe/Rome',
      budgetCents: -1,
      extra: 1,
    });
    expect(result.success).toBe(false);
    const fields = fieldErrorsFrom(result.error?.issues ?? []);
    expect(fields.map((f) => f.path).sort()).toEqual(['budgetCents', 'closesAt', 'extra']);
    expect(fields.find((f) => f.path === 'extra')?.message).toBe('is not a known field');
  });

  it('reports a body that is not an object at the root', () => {
    const result = callDraftInputSchema.safeParse([1, 2]);
    expect(fieldErrorsFrom(result.error?.issues ?? [])).toEqual([
      { path: '(body)', message: expect.any(String) },
    ]);
  });
});
