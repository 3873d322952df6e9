import { resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDesign } from '../../functions/data/table-design';
import { PUBLIC_READS } from '../../infra/lib/api';
import { TABLE_KEYS } from '../../infra/lib/data-table';
import { buildGrantFitApp } from '../../infra/lib/grantfit-app';

const repoRoot = resolve(import.meta.dirname, '../..');
const paths = { functionsDir: resolve(repoRoot, 'functions'), webDist: resolve(repoRoot, 'web/dist') };

function synth(stage: 'dev' | 'prod') {
  const app = new App({ context: { stage } });
  const { stack } = buildGrantFitApp({ ...paths, app, region: 'eu-south-1', account: '123456789012' });
  return { app, template: Template.fromStack(stack) };
}

describe('GrantFit stack', () => {
  let dev: Template;
  let prod: Template;
  beforeAll(() => {
    dev = synth('dev').template;
    prod = synth('prod').template;
  });

  it('declares the same keys and indexes the API code uses', () => {
    expect(TABLE_KEYS.partitionKey).toBe(tableDesign.partitionKey);
    expect(TABLE_KEYS.sortKey).toBe(tableDesign.sortKey);
    expect(TABLE_KEYS.indexes).toEqual(Object.values(tableDesign.indexes));
    dev.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
      GlobalSecondaryIndexes: Object.values(tableDesign.indexes).map((index) =>
        Match.objectLike({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
        }),
      ),
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('protects and retains production data, and lets dev stacks go', () => {
    prod.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
    dev.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
  });

  it('runs the API on Node 24 ARM64, bundled from the functions entry, with the table and issuer wired', () => {
    dev.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          JWT_ISSUER: Match.anyValue(),
          JWT_AUDIENCE: Match.anyValue(),
        }),
      },
    });
  });

  it('grants the API function table actions only, never dynamodb:*', () => {
    const policies = dev.findResources('AWS::IAM::Policy');
    const actions = Object.values(policies).flatMap((p) =>
      (p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) => s.Action),
    );
    expect(actions).toContain('dynamodb:Query');
    expect(actions).not.toContain('dynamodb:*');
    expect(actions).not.toContain('dynamodb:Scan');
  });

  it('keeps the site bucket private behind CloudFront origin access control, with CSP and HSTS', () => {
    dev.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    dev.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    dev.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: Match.objectLike({
            ContentSecurityPolicy: Match.stringLikeRegexp("default-src 'self'"),
          }),
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31_536_000 }),
        }),
      },
    });
    dev.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CustomErrorResponses: Match.arrayWith([
          Match.objectLike({ ErrorCode: 403, ResponsePagePath: '/index.html' }),
        ]),
        CacheBehaviors: [Match.objectLike({ PathPattern: '/api/*' })],
      }),
    });
  });

  it('puts the Cognito JWT authorizer on every route but the public reads', () => {
    const routes = Object.values(dev.findResources('AWS::ApiGatewayV2::Route')).map((r) => [
      r.Properties.RouteKey,
      r.Properties.AuthorizationType,
    ]);
    expect(routes).toContainEqual(['ANY /api/{proxy+}', 'JWT']);
    const open = routes.filter(([, auth]) => auth !== 'JWT').map(([key]) => key);
    expect(open.sort()).toEqual(PUBLIC_READS.map((path) => `GET ${path}`).sort());
    dev.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
  });

  it('has Cognito groups for the three roles', () => {
    const groups = Object.values(dev.findResources('AWS::Cognito::UserPoolGroup')).map(
      (g) => g.Properties.GroupName,
    );
    expect(groups.sort()).toEqual(['association', 'consultant', 'sme']);
  });

  it('passes cdk-nag AwsSolutions with every finding fixed or acknowledged', () => {
    const { app } = synth('prod');
    expect(() => app.synth()).not.toThrow();
  });
});
