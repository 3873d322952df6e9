/**
 * `npm run dev`: the API on DynamoDB Local (persistent, like npm start) plus Vite's dev server with hot
 * reload, which proxies /api, /dev-auth and /config.json to it. Options: --memory, --port N (web port).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { startLocalStack } from './local-stack';

const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: false },
    port: { type: 'string', default: '5173' },
  },
});

async function main(): Promise<void> {
  const stack = await startLocalStack({
    port: 0,
    dataDir: values.memory ? undefined : resolve(repoRoot, '.data'),
  });
  process.env.GRANTFIT_API_URL = stack.url;
  const vite = await createServer({
    configFile: resolve(repoRoot, 'web/vite.config.ts'),
    server: { port: Number(values.port), strictPort: true },
  });
  await vite.listen();
  vite.printUrls();
  console.log(
    `  API:     ${stack.url}/api (DynamoDB Local at ${stack.dynamoEndpoint})\n  Press Ctrl-C to stop.`,
  );

  const shutdown = async () => {
    await vite.close();
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(
    `GrantFit dev server could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
