/**
 * Keeps DynamoDB Local up for `npm start`: when the JVM dies on its own (a crash, a kill from outside),
 * it is started again on the same port and data directory, so the API's clients find it where they
 * left it, and the caller recreates what an in-memory run lost. After repeated deaths it gives up with
 * a clear message instead of answering 503 for ever.
 */
import { type DynamoLocal, startDynamoLocal } from './dynamo-local';

export interface SupervisedDynamo {
  endpoint: string;
  /** The JVM running now (it changes after a restart). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  dataDir?: string;
  /** After a restart, before requests are served again: e.g. recreate the table and demo data. */
  onRestarted(): Promise<void>;
  /** When it will not restart again (too many deaths in a short time, or a restart failed). */
  onGaveUp(reason: string): void;
  log?: (line: string) => void;
  /** At most this many restarts within `windowMs` (default 3 in a minute). */
  maxRestarts?: number;
  windowMs?: number;
}

export async function superviseDynamoLocal(options: SupervisorOptions): Promise<SupervisedDynamo> {
  const log = options.log ?? ((line: string) => console.error(line));
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 60_000;
  const restarts: number[] = [];
  let stopped = false;
  let current: DynamoLocal;

  const start = (port?: number) =>
    startDynamoLocal({ port, dataDir: options.dataDir, onUnexpectedExit: (how) => void restart(how) });

  async function restart(how: string): Promise<void> {
    if (stopped) return;
    const now = Date.now();
    while (restarts.length > 0 && (restarts[0] ?? 0) < now - windowMs) restarts.shift();
    if (restarts.length >= maxRestarts) {
      options.onGaveUp(`DynamoDB Local stopped (${how}) ${maxRestarts + 1} times within a minute.`);
      return;
    }
    restarts.push(now);
    log(`DynamoDB Local stopped unexpectedly (${how}); starting it again on port ${current.port}…`);
    try {
      current = await startWithRetries(() => start(current.port));
      await options.onRestarted();
      log('DynamoDB Local is running again.');
    } catch (error) {
      options.onGaveUp(
        `DynamoDB Local stopped (${how}) and could not be started again: ${(error as Error).message}`,
      );
    }
  }

  current = await start();
  return {
    endpoint: current.endpoint,
    get pid() {
      return current.pid;
    },
    stop: async () => {
      stopped = true;
      await current.stop();
    },
  };
}

/** The dead JVM's port can take a moment to be free again. */
async function startWithRetries(start: () => Promise<DynamoLocal>, attempts = 5): Promise<DynamoLocal> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
