/**
 * Builds the web app if needed and serves it with the API on a throwaway stack (in-memory DynamoDB Local),
 * in the deployed configuration: the site's security headers, API errors passed through, and sign-in
 * through Cognito's protocol (the browser's Cognito requests are routed to a local stand-in).
 */
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfNeeded } from '../../../functions/local/build-web-if-needed';
import { startLocalStack } from '../../../functions/local/local-stack';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const webDist = await buildWebIfNeeded(resolve(import.meta.dirname, '../../..'));
  const stack = await startLocalStack({ port: 0, webDist, auth: 'cognito-stub' });
  project.provide('appUrl', stack.url);
  return () => stack.stop();
}
