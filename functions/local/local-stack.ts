/**
 * Starts everything `npm start` and the browser tests need: DynamoDB Local, the table, demo data,
 * the dev issuer, one HTTP server for API + web, and the reconciler on a one-minute timer. `stop()` tears it all down, the JVM included.
 */
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { wireAllDeps } from '../api/wire-all-deps';
import { reconcileClaims } from '../applications/reconcile-claims';
import { createDocumentClient, createDynamoClient } from '../data/dynamo-client';
import { ensureTable } from '../data/ensure-table';
import { seedDemoData } from './demo-data';
import { createDevIssuer } from './dev-issuer';
import { superviseDynamoLocal } from './dynamo-supervisor';
import { createLocalApp, type LocalAppOptions } from './local-app';
import { assertPortFree, PortInUseError } from './ports';
import { seedCatalogue } from './seed-catalogue';

export const TABLE_NAME = 'grantfit';

export interface LocalStackOptions {
  /** 0 picks a free port. */
  port: number;
  /** Directory for DynamoDB data and the dev signing key; omit for a throwaway in-memory run. */
  dataDir?: string;
  /** The built web app to serve; omit to serve the API only (npm run dev lets Vite serve the web). */
  webDist?: string;
  /** How the web app signs in (see LocalAppOptions); `dev` unless said. */
  auth?: LocalAppOptions['auth'];
  seed?: boolean;
  /**
   * DynamoDB Local is restarted when it dies; this is called when it will not be restarted again
   * (npm start exits with the reason). Default: the reason is logged.
   */
  onDatabaseGaveUp?: (reason: string) => void;
}

export interface LocalStack {
  url: string;
  dynamoEndpoint: string;
  /** The DynamoDB Local JVM running now (a new one after a restart), so callers can prove it is gone after stop(). */
  readonly dynamoPid: number | undefined;
  seededCalls: number;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  if (options.port !== 0) await assertPortFree(options.port);
  let restored = async () => {};
  const dynamo = await superviseDynamoLocal({
    dataDir: options.dataDir && join(options.dataDir, 'dynamodb'),
    // An in-memory run lost everything; a persistent one may have lost acknowledged writes. Both are
    // made whole the same idempotent way as a first start.
    onRestarted: () => restored(),
    onGaveUp: options.onDatabaseGaveUp ?? ((reason) => console.error(reason)),
  });
  const client = createDynamoClient({ endpoint: dynamo.endpoint });
  try {
    await ensureTable(client, TABLE_NAME);
    const issuer = await createDevIssuer(options.dataDir && join(options.dataDir, 'dev-issuer-key.json'));
    const deps = wireAllDeps({
      db: createDocumentClient(client),
      tableName: TABLE_NAME,
      auth: { issuer: issuer.issuer, audience: issuer.audience, jwks: { keys: issuer.jwks } },
    });
    const seed = async () => {
      if (options.seed === false) return 0;
      const created = await seedDemoData(deps, deps.now());
      await seedCatalogue(deps.catalogue, deps.now());
      return created;
    };
    const seededCalls = await seed();
    restored = async () => {
      await ensureTable(client, TABLE_NAME);
      await seed();
    };
    const app = createLocalApp(deps, issuer, { webDist: options.webDist, auth: options.auth });
    const { server, port } = await listen(app.fetch, options.port);
    // The reconciler, as EventBridge Scheduler runs it on AWS: every minute (ADR 0012).
    const reconciler = setInterval(() => {
      reconcileClaims(deps).catch((error: Error) => console.error(`reconciler: ${error.message}`));
    }, 60_000);
    reconciler.unref();
    return {
      url: `http://localhost:${port}`,
      dynamoEndpoint: dynamo.endpoint,
      get dynamoPid() {
        return dynamo.pid;
      },
      seededCalls,
      stop: async () => {
        clearInterval(reconciler);
        server.closeAllConnections?.();
        await new Promise<void>((done) => server.close(() => done()));
        client.destroy();
        await dynamo.stop();
      },
    };
  } catch (error) {
    client.destroy();
    await dynamo.stop();
    throw error;
  }
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number) {
  return new Promise<{
    server: ReturnType<typeof serve> & { closeAllConnections?: () => void };
    port: number;
  }>((resolve, reject) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error),
    );
  });
}
