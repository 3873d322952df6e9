/**
 * cdk-nag (AwsSolutions) findings we accept, each on the narrowest construct and with its reason.
 * Anything not listed here fails `npm run synth`.
 */
import { Token, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { GrantFitStack } from './grantfit-stack';

const nag = (id: string) => `AwsSolutions::AwsSolutions-${id}`;

export function acknowledgeAcceptedFindings(stack: GrantFitStack): void {
  // cdk-nag names the bootstrap bucket with the literal account and region when the stack has them.
  const account = Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account;
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const functions = [
    ...[...stack.api.functions.values()].map((f) => f.fn),
    stack.users.postConfirmation,
    stack.reconciler.fn,
    stack.catalogueImport.fn,
  ];
  for (const fn of functions) {
    Validations.of(fn).acknowledge(
      {
        id: nag(
          'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        ),
        reason:
          'The AWS managed basic execution policy only lets the function write its own CloudWatch logs.',
      },
      {
        id: nag('IAM5[Resource::*]'),
        reason:
          'X-Ray PutTraceSegments and PutTelemetryRecords have no resource-level permissions (active tracing).',
      },
    );
  }
  Validations.of(stack.users.postConfirmation).acknowledge({
    id: nag(`IAM5[Resource::arn:<AWS::Partition>:cognito-idp:${region}:${account}:userpool/*]`),
    reason:
      'The trigger adds self-signed-up users to the sme group; naming the pool itself would make a dependency cycle (the pool references its trigger).',
  });
  for (const { fn, area } of stack.api.functions.values()) {
    if (area.tableActions.includes('Query')) {
      Validations.of(fn).acknowledge({
        id: nag('IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]'),
        reason: `The ${area.name} area queries the table through its GSIs (open calls by deadline, calls by owner, applications by call or company); the wildcard covers only this table’s indexes.`,
      });
    }
  }
  Validations.of(stack.originVerify).acknowledge({
    id: nag('SMG4'),
    reason:
      'CloudFront and the API functions read the origin secret when CloudFormation deploys them (ADR 0033); a rotation Lambda cannot update both at once, so it is replaced by a deploy, not rotated in place.',
  });
  Validations.of(stack.reconciler.fn).acknowledge({
    id: nag('IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]'),
    reason:
      'The reconciler queries the table through GSI2 (expired claims, waitlists, calls with freed grants); the wildcard covers only this table’s indexes.',
  });
  Validations.of(stack.catalogueImport.fn).acknowledge({
    id: nag('IAM5[Resource::<DataTableFDBAD0F2.Arn>/index/*]'),
    reason:
      'The catalogue import lists the stored records through GSI2 to withdraw those the export no longer has; the wildcard covers only this table’s indexes.',
  });
  // EventBridge Scheduler's roles for the scheduled targets: grantInvoke names the function and its versions.
  for (const role of stack.node.children.filter((c) => c.node.id.startsWith('SchedulerRoleForTarget-'))) {
    Validations.of(role).acknowledge(
      {
        id: nag('IAM5[Resource::<ReconcilerHandler5F49D64C.Arn>:*]'),
        reason:
          'The schedule may invoke only the reconciler function; the :* suffix covers its versions and aliases, added by grantInvoke.',
      },
      {
        id: nag('IAM5[Resource::<CatalogueImportHandler0A72DE86.Arn>:*]'),
        reason:
          'The schedule may invoke only the catalogue import function; the :* suffix covers its versions and aliases, added by grantInvoke.',
      },
    );
  }
  // Only the public GET routes are open at the gateway; everything else has the Cognito JWT authorizer.
  for (const route of stack.api.httpApi.node.children.filter((c) => c.node.id.startsWith('GET--'))) {
    Validations.of(route).acknowledge({
      id: nag('APIG4'),
      reason:
        'A public read (published calls, their versions, health, the API description): anyone may read it without signing in. The handler still verifies any token it is given.',
    });
  }
  Validations.of(stack.users.userPool).acknowledge({
    id: nag('COG2'),
    reason:
      'MFA is offered (TOTP) but not forced: SMEs sign themselves up and a mandatory second factor would stop many from starting.',
  });
  Validations.of(stack.web.distribution).acknowledge(
    {
      id: nag('CFR1'),
      reason:
        'No geographic restriction is required: calls are public information and EU firms may apply from anywhere.',
    },
    {
      id: nag('CFR4'),
      reason:
        'The distribution uses the default *.cloudfront.net certificate until a custom domain with an ACM certificate (TLSv1.2_2021) is configured.',
    },
  );
  for (const deployment of bucketDeploymentHandlers(stack)) {
    Validations.of(deployment).acknowledge(
      {
        id: nag('L1'),
        reason: 'The BucketDeployment custom resource runtime is chosen by aws-cdk-lib, not by us.',
      },
      {
        id: nag(
          'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        ),
        reason: 'aws-cdk-lib’s deployment function writes only its own logs with this policy.',
      },
      ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map((action) => ({
        id: nag(`IAM5[Action::${action}]`),
        reason:
          'aws-cdk-lib grants the deployment function these actions to sync the web build into the site bucket.',
      })),
      {
        id: nag('IAM5[Resource::*]'),
        reason:
          'CloudFront CreateInvalidation has no resource-level permissions; the deployment invalidates the site after upload.',
      },
      {
        id: nag('IAM5[Resource::<WebSiteD504717C.Arn>/*]'),
        reason: 'The deployment writes every object of the site bucket.',
      },
      {
        id: nag(`IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-${account}-${region}/*]`),
        reason: 'The deployment reads the web build from the CDK bootstrap assets bucket.',
      },
    );
  }
}

/** aws-cdk-lib adds the BucketDeployment function as a stack-level singleton with a generated id. */
function bucketDeploymentHandlers(stack: GrantFitStack): IConstruct[] {
  return stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
}
