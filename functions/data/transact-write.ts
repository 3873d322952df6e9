/**
 * A write transaction, sent again when DynamoDB cancels it only because another transaction was busy
 * with one of its items (TransactionConflict): the open calls' change counter (AP23) is in every
 * publication's transaction, so two associations publishing at the same moment would otherwise see
 * one of them fail with a 500. A cancellation for a failed condition is never retried: that is a lost
 * race the caller answers with 409.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';

const ATTEMPTS = 5;

const onlyConflicts = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict') &&
  (error.CancellationReasons ?? []).every(
    (reason) => reason.Code === 'TransactionConflict' || reason.Code === 'None',
  );

export async function transactWrite(
  db: DynamoDBDocumentClient,
  input: TransactWriteCommandInput,
  attempts = ATTEMPTS,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.send(new TransactWriteCommand(input));
      return;
    } catch (error) {
      if (attempt >= attempts || !onlyConflicts(error)) throw error;
      // Full jitter on 20, 40, 80, 160 ms: the other transaction takes milliseconds.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** (attempt - 1)));
    }
  }
}
