/** One stack per stage: data, sign-in, API, web and observability. `prod` retains and protects its data. */
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { Api } from './api';
import { CATALOGUE_IMPORT_SERVICE, CATALOGUE_REJECTED_ALARM_BP, CatalogueImport } from './catalogue-import';
import { DataTable } from './data-table';
import { Observability } from './observability';
import { powertoolsLayer } from './powertools-layer';
import { Reconciler } from './reconciler';
import type { StageConfig } from './stage-config';
import { UserDirectory } from './user-directory';
import { WebHosting } from './web-hosting';

export interface GrantFitStackProps extends StackProps {
  config: StageConfig;
  /** Folder of the Lambda entry points (functions/) and of the built web app (web/dist). */
  functionsDir: string;
  webDist: string;
  /** The CloudFront web ACL (us-east-1, infra/lib/edge-protection.ts). */
  webAclArn: string;
}

export class GrantFitStack extends Stack {
  readonly data: DataTable;
  readonly users: UserDirectory;
  readonly api: Api;
  /** The secret CloudFront sends the API (ADR 0033). */
  readonly originVerify: Secret;
  readonly reconciler: Reconciler;
  readonly catalogueImport: CatalogueImport;
  readonly web: WebHosting;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: GrantFitStackProps) {
    super(scope, id, props);
    const { retain } = props.config;
    const powertools = powertoolsLayer(this);
    this.data = new DataTable(this, 'Data', { retain });
    this.users = new UserDirectory(this, 'Users', {
      retain,
      functionsDir: props.functionsDir,
      powertools,
      logRetention: props.config.logRetention,
    });
    // Only CloudFront and the API's functions know it: the API refuses what did not come through the
    // edge (ADR 0033). Generated once by Secrets Manager, resolved by CloudFormation at deploy time.
    this.originVerify = new Secret(this, 'OriginVerify', {
      description:
        'GrantFit: the header CloudFront sends the API, so the gateway address cannot bypass the edge',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const originVerifyValue = this.originVerify.secretValue.unsafeUnwrap();
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      originVerify: originVerifyValue,
      jwtIssuer: this.users.issuer,
      jwtAudience: this.users.webClient.userPoolClientId,
      functionsDir: props.functionsDir,
      config: props.config,
      powertools,
    });
    this.reconciler = new Reconciler(this, 'Reconciler', {
      table: this.data.table,
      functionsDir: props.functionsDir,
      powertools,
      logRetention: props.config.logRetention,
    });
    this.catalogueImport = new CatalogueImport(this, 'CatalogueImport', {
      table: this.data.table,
      functionsDir: props.functionsDir,
      powertools,
      logRetention: props.config.logRetention,
      exportUrl: props.config.catalogueExportUrl,
    });
    this.web = new WebHosting(this, 'Web', {
      webDist: props.webDist,
      httpApi: this.api.httpApi,
      retain,
      webAclArn: props.webAclArn,
      originVerify: originVerifyValue,
      deployAfter: this.api,
      webConfig: {
        auth: {
          kind: 'cognito',
          region: this.region,
          userPoolClientId: this.users.webClient.userPoolClientId,
        },
      },
    });
    // The functions start asking for the header once every edge sends it (a distribution update is
    // complete only when deployed to all edges), so its first rollout refuses nobody.
    for (const { fn } of this.api.functions.values()) fn.node.addDependency(this.web.distribution);
    this.observability = new Observability(this, 'Observability', {
      stage: props.config.stage,
      httpApi: this.api.httpApi,
      functions: new Map<string, IFunction>([
        ...[...this.api.functions].map(([area, fn]): [string, IFunction] => [area, fn.fn]),
        ['sign-up', this.users.postConfirmation],
        ['reconciler', this.reconciler.fn],
        ['catalogue-import', this.catalogueImport.fn],
      ]),
      catalogueImport: { service: CATALOGUE_IMPORT_SERVICE, maxRejectedBp: CATALOGUE_REJECTED_ALARM_BP },
      table: this.data.table,
      alarmEmail: props.config.alarmEmail,
    });
    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
  }
}
