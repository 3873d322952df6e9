/**
 * The revision a client read, sent back with a change so a lost race answers 409. Bounded: a revision is
 * a count of saves, and an absurd one (2^53 − 1) would make the next revision a number DynamoDB's
 * marshaller refuses, a 500 for a client's mistake. `first` is 0 where a save may create the object.
 */
import * as z from 'zod';

export const MAX_REVISION = 1_000_000_000;

export const revisionSchema = (first: 0 | 1 = 1) =>
  z
    .number()
    .int({ error: 'must be a whole number' })
    .min(first, { error: `must be at least ${first}` })
    .max(MAX_REVISION, { error: 'is not a revision this API gave out' });
