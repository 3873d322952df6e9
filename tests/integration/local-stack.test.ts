import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCalls, demoConsultancies } from '../../functions/local/demo-data';
import { startLocalStack } from '../../functions/local/local-stack';
import { findFreePort } from '../../functions/local/ports';

const dataDir = mkdtempSync(join(tmpdir(), 'grantfit-stack-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function signIn(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/dev-auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'grantfit-demo' }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { idToken: string }).idToken;
}

describe('the local stack behind npm start', () => {
  it('seeds demo calls once, keeps data and sign-ins across restarts, and leaves no JVM behind', async () => {
    const first = await startLocalStack({ port: 0, dataDir });
    expect(first.seededCalls).toBe(demoCalls(new Date()).length);
    // The demo SME shares with a consultancy picked from a real directory, the demo consultant's first.
    const marco = await signIn(first.url, 'marco@bottega-rossi.example');
    const directory = await fetch(`${first.url}/api/consultancies`, {
      headers: { authorization: `Bearer ${marco}` },
    });
    expect(((await directory.json()) as { items: { id: string; name: string }[] }).items).toEqual(
      demoConsultancies()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ id, name }) => expect.objectContaining({ id, name })),
    );
    const token = await signIn(first.url, 'anna@associazione.example');
    const created = await fetch(`${first.url}/api/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: 'Kept across restarts',
        closesAt: '2099-01-01T12:00:00+01:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const jvmPid = first.dynamoPid ?? Number.NaN;
    expect(isRunning(jvmPid)).toBe(true);
    await first.stop();
    expect(isRunning(jvmPid)).toBe(false);

    const second = await startLocalStack({ port: 0, dataDir });
    try {
      expect(second.seededCalls).toBe(0);
      const open = (await (await fetch(`${second.url}/api/calls`)).json()) as { items: { id: string }[] };
      // Listed by deadline; the demo data lists them in its own order.
      expect(open.items.map((c) => c.id).sort()).toEqual(
        demoCalls(new Date())
          .map((c) => c.id)
          .sort(),
      );
      // The token from the first run still verifies: the dev signing key lives in the data directory.
      const mine = await fetch(`${second.url}/api/calls/mine`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(mine.status).toBe(200);
      expect(((await mine.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain(id);
    } finally {
      await second.stop();
    }
  });

  it('says clearly when the port is taken', async () => {
    const port = await findFreePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      await expect(startLocalStack({ port })).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
