/** One stack per stage: data, sign-in, API, web and observability. `prod` retains and protects its data. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
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
    this.api = new Api(this, 'Api', {
      table: this.data.table,
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
      deployAfter: this.api,
      webConfig: {
        auth: {
          kind: 'cognito',
          region: this.region,
          userPoolClientId: this.users.webClient.userPoolClientId,
        },
      },
    });
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
