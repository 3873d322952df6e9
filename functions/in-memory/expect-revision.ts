/**
 * The in-memory twin of ../data/versioned-put.ts's condition: a write lands only over the revision the
 * writer read (0 = not there yet); otherwise a ConflictError with the same words as DynamoDB's adapters.
 */
import { ConflictError } from '../data/store-errors';

export function expectRevision(stored: number | undefined, expected: number, what: string): void {
  if ((stored ?? 0) === expected) return;
  throw new ConflictError(
    expected === 0
      ? `${what} exists already`
      : `${what} was changed by someone else since revision ${expected}`,
  );
}
