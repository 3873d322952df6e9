/** Builds the CDK app for a stage, with cdk-nag registered; used by bin/app.ts and the infra tests. */
import { App, Tags, Validations } from 'aws-cdk-lib';
import { DEFAULT_CROSS_STACK_REFERENCES } from 'aws-cdk-lib/cx-api';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EDGE_REGION, EdgeProtectionStack } from './edge-protection';
import { GrantFitStack } from './grantfit-stack';
import { acknowledgeAcceptedFindings } from './nag-acknowledgements';
import { stageConfig } from './stage-config';

export interface GrantFitAppOptions {
  app?: App;
  functionsDir: string;
  webDist: string;
  region?: string;
  account?: string;
}

export function buildGrantFitApp(options: GrantFitAppOptions): {
  app: App;
  stack: GrantFitStack;
  edge: EdgeProtectionStack;
} {
  const app = options.app ?? new App();
  const stage = app.node.tryGetContext('stage') ?? 'dev';
  if (stage !== 'dev' && stage !== 'prod')
    throw new Error(`--context stage must be dev or prod, got ${stage}`);
  const alarmEmail: unknown = app.node.tryGetContext('alarmEmail');
  if (alarmEmail !== undefined && (typeof alarmEmail !== 'string' || !alarmEmail.includes('@')))
    throw new Error(`--context alarmEmail must be an email address, got ${String(alarmEmail)}`);
  const exportUrl: unknown = app.node.tryGetContext('catalogueExportUrl');
  if (exportUrl !== undefined && (typeof exportUrl !== 'string' || !exportUrl.startsWith('https://')))
    throw new Error(`--context catalogueExportUrl must be an https:// address, got ${String(exportUrl)}`);
  const config = stageConfig(stage, alarmEmail, exportUrl);
  // CloudFront's web ACL must live in us-east-1. Its ARN reaches the app's stack as a weak reference
  // (CloudFormation's Fn::GetStackOutput): no custom resources in either stack, as aws-cdk-lib recommends.
  app.node.setContext(DEFAULT_CROSS_STACK_REFERENCES, 'weak');
  const edge = new EdgeProtectionStack(app, `GrantFit-${stage}-Edge`, {
    config,
    env: { account: options.account, region: EDGE_REGION },
    crossRegionReferences: true,
  });
  const stack = new GrantFitStack(app, `GrantFit-${stage}`, {
    config,
    webAclArn: edge.webAclArn,
    crossRegionReferences: true,
    functionsDir: options.functionsDir,
    webDist: options.webDist,
    env: { account: options.account, region: options.region },
  });
  for (const tagged of [stack, edge]) {
    Tags.of(tagged).add('app', 'grantfit');
    Tags.of(tagged).add('stage', stage);
  }
  acknowledgeAcceptedFindings(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, edge };
}
