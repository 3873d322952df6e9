/**
 * `npm start`: the whole app on one local port, backed by DynamoDB Local, with demo data.
 * Options: --memory (throwaway data), --port N (default 3000, or $PORT).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWebIfNeeded } from './build-web-if-needed';
import { DEMO_PASSWORD, demoUsers } from './demo-users';
import { startLocalStack } from './local-stack';

const repoRoot = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '3000' },
  },
});

async function main(): Promise<void> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const webDist = await buildWebIfNeeded(repoRoot);
  const dataDir = values.memory ? undefined : resolve(repoRoot, '.data');
  const stack = await startLocalStack({
    port,
    dataDir,
    webDist,
    // May come before startLocalStack returns; exiting runs the handlers that stop the JVM.
    onDatabaseGaveUp: (reason) => {
      console.error(`\n${reason} GrantFit stops; run npm start again.`);
      process.exit(1);
    },
  });

  console.log(`\nGrantFit is running at ${stack.url}`);
  console.log(`  API:       ${stack.url}/api/calls`);
  console.log(`  Data:      ${dataDir ?? 'in memory (gone when you stop)'}`);
  console.log(`  DynamoDB:  ${stack.dynamoEndpoint} (DynamoDB Local)`);
  console.log(`  Demo data: ${stack.seededCalls > 0 ? `${stack.seededCalls} calls added` : 'already there'}`);
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const user of demoUsers) {
    const note = user.mustChoosePassword ? ', asks for a new password at the first sign-in' : '';
    console.log(`  ${user.role.padEnd(12)} ${user.email}  (${user.orgName}${note})`);
  }
  console.log('\nPress Ctrl-C to stop.');

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`\nGrantFit could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
