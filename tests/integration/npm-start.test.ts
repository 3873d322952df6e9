import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`timed out waiting for ${pattern}:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        done(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
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
    try {
      const [, url] = await waitForOutput(child, /running at (http:\/\/\S+)/, 60_000);
      const [, dynamoPort] = await waitForOutput(child, /DynamoDB: +http:\/\/127\.0\.0\.1:(\d+)/, 5_000);
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
