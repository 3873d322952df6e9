import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { transactWrite } from './transact-write';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A client whose sends fail with the given errors, in order, then succeed. */
function clientFailing(...errors: Error[]) {
  const sent: unknown[] = [];
  const db = {
    send: async (command: unknown) => {
      sent.push(command);
      const error = errors.shift();
      if (error) throw error;
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { db, sent };
}

describe('transactWrite', () => {
  it('sends a transaction again while another transaction holds one of its items', async () => {
    const { db, sent } = clientFailing(
      cancelled('None', 'TransactionConflict'),
      cancelled('TransactionConflict', 'None'),
    );
    await transactWrite(db, { TransactItems: [] });
    expect(sent).toHaveLength(3);
  });

  it('never sends again a transaction whose condition failed: that is a lost race', async () => {
    const lost = cancelled('ConditionalCheckFailed', 'TransactionConflict');
    const { db, sent } = clientFailing(lost);
    await expect(transactWrite(db, { TransactItems: [] })).rejects.toBe(lost);
    expect(sent).toHaveLength(1);
  });

  it('gives up after five attempts with the last conflict', async () => {
    const conflicts = Array.from({ length: 6 }, () => cancelled('TransactionConflict'));
    const { db, sent } = clientFailing(...conflicts);
    await expect(transactWrite(db, { TransactItems: [] })).rejects.toBe(conflicts[4]);
    expect(sent).toHaveLength(5);
  });
});
