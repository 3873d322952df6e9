/** CDK entry: `npm run synth` / `npm run deploy -- --context stage=dev|prod`. Synthesises offline. */
import { resolve } from 'node:path';
import { buildGrantFitApp } from '../lib/grantfit-app';

const repoRoot = resolve(import.meta.dirname, '../..');

buildGrantFitApp({
  functionsDir: resolve(repoRoot, 'functions'),
  webDist: resolve(repoRoot, 'web/dist'),
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: process.env.GRANTFIT_REGION ?? process.env.CDK_DEFAULT_REGION ?? 'eu-south-1',
});
