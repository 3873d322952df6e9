/**
 * Cognito: the user pool whose ID tokens the API verifies, with one group per GrantFit role. SMEs sign
 * themselves up and join `sme` on confirmation; associations and consultants are invited.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { grantFitFunction } from './grantfit-function';

export interface UserDirectoryProps {
  retain: boolean;
  functionsDir: string;
  powertools: ILayerVersion;
  logRetention: RetentionDays;
}

const ROLES = ['sme', 'association', 'consultant'] as const;

export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  readonly postConfirmation: NodejsFunction;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      customAttributes: { orgId: new StringAttribute({ mutable: false, minLen: 1, maxLen: 64 }) },
      // Threat protection (compromised credentials, adaptive auth) needs the Plus plan.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      removalPolicy: props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.webClient = this.userPool.addClient('WebClient', {
      authFlows: { userPassword: true, userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      // Users may set their email and name, never custom:orgId: the API trusts it as their organisation.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });
    this.postConfirmation = grantFitFunction(this, 'PostConfirmation', {
      functionsDir: props.functionsDir,
      entry: 'lambda/post-confirmation.ts',
      serviceName: 'grantfit-sign-up',
      memoryMb: 256,
      powertools: props.powertools,
      logRetention: props.logRetention,
    });
    // The pool's ARN would make a dependency cycle (the pool references the trigger), so the action is
    // scoped to this account's pools in this region; the trigger only ever adds to the sme group.
    this.postConfirmation.addToRolePolicy(
      new PolicyStatement({
        actions: ['cognito-idp:AdminAddUserToGroup'],
        resources: [
          Stack.of(this).formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: '*' }),
        ],
      }),
    );
    this.userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, this.postConfirmation);
    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }
  }

  get issuer(): string {
    return `https://cognito-idp.${this.userPool.stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
