import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Collects a child's output from the start, so no line is missed between two waits. */
function outputOf(child: ChildProcess) {
  let output = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return (pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> =>
    new Promise((done, fail) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) {
          waiters.delete(check);
          clearTimeout(timer);
          done(match);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        fail(new Error(`timed out waiting for ${pattern}:\n${output}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

describe('npm start (the real script)', () => {
  it('serves the seeded open calls and the web app, and stops everything on Ctrl-C', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'functions/local/start.ts', '--memory', '--port', '0'],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const waitFor = outputOf(child);
    try {
      const [, url] = await waitFor(/running at (http:\/\/\S+)/, 60_000);
      const [, dynamoPort] = await waitFor(/DynamoDB: +http:\/\/127\.0\.0\.1:(\d+)/, 5_000);
      const calls = (await (await fetch(`${url}/api/calls`)).json()) as { items: { title: string }[] };
      expect(calls.items.length).toBeGreaterThanOrEqual(2);
      const page = await fetch(`${url}/calls`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(await portAnswers(Number(dynamoPort))).toBe(true);

      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(await portAnswers(Number(dynamoPort))).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
