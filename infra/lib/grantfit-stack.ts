/** One stack per stage: data, sign-in, API and web. `prod` retains and protects its data. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api';
import { DataTable } from './data-table';
import { UserDirectory } from './user-directory';
import { WebHosting } from './web-hosting';

export interface GrantFitStackProps extends StackProps {
  stage: 'dev' | 'prod';
  /** Folder of the Lambda entry points (functions/) and of the built web app (web/dist). */
  functionsDir: string;
  webDist: string;
}

export class GrantFitStack extends Stack {
  readonly data: DataTable;
  readonly users: UserDirectory;
  readonly api: Api;
  readonly web: WebHosting;

  constructor(scope: Construct, id: string, props: GrantFitStackProps) {
    super(scope, id, props);
    const retain = props.stage === 'prod';
    this.data = new DataTable(this, 'Data', { retain });
    this.users = new UserDirectory(this, 'Users', { retain });
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      jwtIssuer: this.users.issuer,
      jwtAudience: this.users.webClient.userPoolClientId,
      functionsDir: props.functionsDir,
    });
    this.web = new WebHosting(this, 'Web', {
      webDist: props.webDist,
      httpApi: this.api.httpApi,
      retain,
      webConfig: {
        apiBaseUrl: '',
        auth: {
          kind: 'cognito',
          region: this.region,
          userPoolClientId: this.users.webClient.userPoolClientId,
        },
      },
    });
    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
  }
}
