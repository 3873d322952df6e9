/** npm start notices that DynamoDB Local died: it starts it again (or stops with the reason), never 503 for ever. */
import { describe, expect, it } from 'vitest';
import { demoCalls } from '../../functions/local/demo-data';
import { superviseDynamoLocal } from '../../functions/local/dynamo-supervisor';
import { startLocalStack } from '../../functions/local/local-stack';

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe('DynamoDB Local dying under the local stack', () => {
  it('is started again with the table and demo data, and the API answers again', async () => {
    const stack = await startLocalStack({ port: 0 });
    try {
      const firstPid = stack.dynamoPid ?? Number.NaN;
      process.kill(firstPid, 'SIGKILL');
      // 503s while it is down; then the table is back, and then the demo data.
      const open = await until(async () => {
        const response = await fetch(`${stack.url}/api/calls`);
        if (response.status !== 200) return undefined;
        const page = (await response.json()) as { items: { id: string }[] };
        return page.items.length >= demoCalls(new Date()).length ? page : undefined;
      }, 45_000);
      // Listed by deadline; the demo data lists them in its own order.
      expect(open.items.map((c) => c.id).sort()).toEqual(
        demoCalls(new Date())
          .map((c) => c.id)
          .sort(),
      );
      expect(stack.dynamoPid).not.toBe(firstPid);
    } finally {
      await stack.stop();
    }
  }, 90_000);

  it('gives up with the reason when it keeps dying', async () => {
    const reasons: string[] = [];
    const dynamo = await superviseDynamoLocal({
      onRestarted: async () => {},
      onGaveUp: (reason) => reasons.push(reason),
      log: () => {},
      maxRestarts: 0,
    });
    try {
      process.kill(dynamo.pid ?? Number.NaN, 'SIGKILL');
      await until(async () => (reasons.length > 0 ? true : undefined), 10_000);
      expect(reasons[0]).toMatch(/DynamoDB Local stopped \(killed by SIGKILL\)/);
    } finally {
      await dynamo.stop();
    }
  }, 60_000);
});
