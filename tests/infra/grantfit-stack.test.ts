import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDesign } from '../../functions/data/table-design';
import { APPLICATIONS_ROUTE, AVAILABILITY_ROUTE, STANDING_ROUTE } from '../../infra/lib/api';
import {
  API_AREAS,
  CATALOGUE_IMPORT_TABLE_ACTIONS,
  PUBLIC_READS,
  RECONCILER_TABLE_ACTIONS,
} from '../../infra/lib/api-areas';
import {
  CATALOGUE_IMPORT_SERVICE,
  CATALOGUE_REJECTED_ALARM_BP,
  DEFAULT_CATALOGUE_EXPORT_URL,
} from '../../infra/lib/catalogue-import';
import { TABLE_KEYS } from '../../infra/lib/data-table';
import { APPLICATIONS_PER_IP_RULE } from '../../infra/lib/edge-protection';
import { buildGrantFitApp } from '../../infra/lib/grantfit-app';
import { API_5XX_RATE_PERCENT, TAMPERED_REVIEW_LOG } from '../../infra/lib/observability';
import { POWERTOOLS_VERSION } from '../../infra/lib/powertools-layer';
import { errorBodySchema } from '../../shared/api/error-body';
import { BUDGET_MAX_AGE_SECONDS } from '../../shared/hosting/budget-freshness';
import { edgeBusyBody } from '../../shared/hosting/edge-rate-limit';
import { ORIGIN_VERIFY_HEADER } from '../../shared/hosting/origin-verify';
import { HASHED_ASSET_CACHE_CONTROL, SITE_FILE_CACHE_CONTROL } from '../../shared/hosting/site-cache-control';
import { lambdaLayout } from './lambda-layout';

const repoRoot = resolve(import.meta.dirname, '../..');
const paths = { functionsDir: resolve(repoRoot, 'functions'), webDist: resolve(repoRoot, 'web/dist') };

function synth(stage: 'dev' | 'prod') {
  const app = new App({ context: { stage } });
  const { stack, edge } = buildGrantFitApp({ ...paths, app, region: 'eu-south-1', account: '123456789012' });
  return { app, template: Template.fromStack(stack), edge: Template.fromStack(edge), edgeStack: edge };
}

/**
 * A cycle of resources that wait for each other (DependsOn, Ref, Fn::GetAtt, Fn::Sub), as CloudFormation
 * would refuse it at deploy time; empty when there is none.
 */
function dependencyCycle(template: { Resources: Record<string, Record<string, unknown>> }): string[] {
  const ids = new Set(Object.keys(template.Resources));
  const needs = new Map<string, Set<string>>();
  const collect = (value: unknown, into: Set<string>): void => {
    if (Array.isArray(value)) for (const item of value) collect(item, into);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'Ref' && typeof inner === 'string' && ids.has(inner)) into.add(inner);
        else if (key === 'Fn::GetAtt' && Array.isArray(inner) && ids.has(String(inner[0])))
          into.add(String(inner[0]));
        else if (key === 'Fn::Sub') {
          const text = Array.isArray(inner) ? inner[0] : inner;
          for (const [, name] of String(text).matchAll(/\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g))
            if (name && ids.has(name)) into.add(name);
          if (Array.isArray(inner)) collect(inner[1], into);
        } else collect(inner, into);
      }
    }
  };
  for (const [id, resource] of Object.entries(template.Resources)) {
    const into = new Set<string>([resource.DependsOn ?? []].flat() as string[]);
    collect(resource.Properties, into);
    needs.set(id, into);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, path: string[]): string[] => {
    if (state.get(id) === 'done') return [];
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    for (const next of needs.get(id) ?? []) {
      const cycle = visit(next, [...path, id]);
      if (cycle.length > 0) return cycle;
    }
    state.set(id, 'done');
    return [];
  };
  for (const id of ids) {
    const cycle = visit(id, []);
    if (cycle.length > 0) return cycle;
  }
  return [];
}

/** The API functions (not aws-cdk-lib's helper functions), with the service name each reports as. */
function apiFunctions(template: Template) {
  return Object.values(template.findResources('AWS::Lambda::Function'))
    .map((r) => ({
      props: r.Properties,
      dependsOn: (r.DependsOn ?? []) as string[],
      service: r.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
    }))
    .filter((f) => API_AREAS.some((a) => `grantfit-${a.name}` === f.service));
}

describe('GrantFit stack', () => {
  let dev: Template;
  let prod: Template;
  let devEdge: ReturnType<typeof synth>;
  let prodEdge: ReturnType<typeof synth>;
  beforeAll(() => {
    devEdge = synth('dev');
    prodEdge = synth('prod');
    dev = devEdge.template;
    prod = prodEdge.template;
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
          Projection:
            'projected' in index
              ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projected] }
              : { ProjectionType: 'ALL' },
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

  it('runs one Lambda per API area on Node 24 ARM64 with tracing, Powertools and the table and issuer wired', () => {
    const functions = apiFunctions(dev);
    expect(functions.map((f) => f.service).sort()).toEqual(API_AREAS.map((a) => `grantfit-${a.name}`).sort());
    for (const f of functions) {
      expect(f.props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
        Environment: {
          Variables: expect.objectContaining({
            TABLE_NAME: expect.anything(),
            JWT_ISSUER: expect.anything(),
            JWT_AUDIENCE: expect.anything(),
            POWERTOOLS_METRICS_NAMESPACE: 'GrantFit',
          }),
        },
      });
      expect(f.props.Layers).toHaveLength(1);
    }
    // The layer is AWS's Powertools release matching the packages the code is written against.
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies['@aws-lambda-powertools/logger']).toBe(POWERTOOLS_VERSION);
    expect(JSON.stringify(dev.toJSON().Parameters)).toContain(
      `/aws/service/powertools/typescript/generic/all/${POWERTOOLS_VERSION}`,
    );
  });

  // Also holds ADR 0027's choice: an ES import of Powertools fails here, where only `require` reaches the
  // layer through NODE_PATH (Lambda's runtime adds its own support for ES imports from layers).
  it('bundles every function so that it loads beside the runtime’s AWS SDK, with Powertools only from the layer', () => {
    const assembly = devEdge.app.synth().directory;
    const layout = lambdaLayout(repoRoot);
    // Ours report a Powertools service name; aws-cdk-lib's helper functions do not.
    const ours = Object.entries(dev.findResources('AWS::Lambda::Function')).filter(
      ([, f]) => f.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
    );
    // The API areas, sign-up's trigger, the reconciler and the catalogue import.
    expect(ours.length).toBe(API_AREAS.length + 3);
    try {
      for (const [logicalId, f] of ours) {
        const hash = String(f.Properties.Code.S3Key).replace(/\.zip$/, '');
        const bundle = join(assembly, `asset.${hash}`, 'index.mjs');
        // Issue #6's budget for each function's code: the minified bundle (its source map ships beside it).
        expect(statSync(bundle).size, `${logicalId} bundle bytes`).toBeLessThanOrEqual(250 * 1024);
        const file = layout.addTask(logicalId, bundle);
        // The stack's own values where they are plain text; stand-ins for what CloudFormation resolves.
        const literal = Object.fromEntries(
          Object.entries(f.Properties.Environment?.Variables ?? {}).filter(([, v]) => typeof v === 'string'),
        );
        const run = spawnSync(
          process.execPath,
          [
            // Links resolve from where they are, so each package finds only what the layout holds.
            '--preserve-symlinks',
            '--input-type=module',
            '-e',
            `const m = await import(${JSON.stringify(file)}); if (typeof m.handler !== 'function') process.exit(3);`,
          ],
          {
            encoding: 'utf8',
            env: {
              PATH: process.env.PATH,
              AWS_REGION: 'eu-south-1',
              TABLE_NAME: 'grantfit',
              JWT_ISSUER: 'https://cognito-idp.eu-south-1.amazonaws.com/eu-south-1_example',
              JWT_AUDIENCE: 'web-client',
              ORIGIN_VERIFY: 'a-stand-in-for-the-secret-cloudformation-resolves',
              CATALOGUE_EXPORT_URL: DEFAULT_CATALOGUE_EXPORT_URL,
              ...literal,
              NODE_PATH: layout.nodePath,
            },
          },
        );
        expect(run.status, `${logicalId}: ${run.stderr}`).toBe(0);
      }
    } finally {
      layout.remove();
    }
  });

  it('grants each function exactly its area’s table actions, never dynamodb:* or Scan', () => {
    const policies = Object.values(dev.findResources('AWS::IAM::Policy'));
    for (const f of apiFunctions(dev)) {
      const area = API_AREAS.find((a) => `grantfit-${a.name}` === f.service);
      const roleRef = f.props.Role['Fn::GetAtt'][0];
      const actions = policies
        .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleRef))
        .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[])
        .flatMap((st) => st.Action)
        .filter((action) => action.startsWith('dynamodb:'));
      expect(actions.sort(), f.service).toEqual(area?.tableActions.map((a) => `dynamodb:${a}`).sort());
    }
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
        CacheBehaviors: [
          Match.objectLike({ PathPattern: '/api/calls/*/availability', AllowedMethods: ['GET', 'HEAD'] }),
          Match.objectLike({ PathPattern: '/api/*' }),
        ],
      }),
    });
    // Only a call's public budget figures are kept at the edge, and no longer than the API allows.
    dev.resourceCountIs('AWS::CloudFront::CachePolicy', 1);
    dev.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ MinTTL: 0, DefaultTTL: 0, MaxTTL: BUDGET_MAX_AGE_SECONDS }),
    });
  });

  it('lets API errors through: no error responses, the SPA fallback runs only on the site behaviour', () => {
    const distribution = Object.values(dev.findResources('AWS::CloudFront::Distribution'))[0]?.Properties
      .DistributionConfig;
    // Error responses apply to every behaviour, /api/* included: there must be none.
    expect(distribution.CustomErrorResponses).toBeUndefined();
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: expect.anything() },
    ]);
    for (const behaviour of distribution.CacheBehaviors)
      expect(behaviour.FunctionAssociations).toBeUndefined();

    // Run the deployed function's code: page paths get index.html, files and the API pass through.
    const code = Object.values(dev.findResources('AWS::CloudFront::Function'))[0]?.Properties.FunctionCode;
    const handler = new Script(`${code}; handler`).runInNewContext() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const served = (uri: string) => handler({ request: { uri } }).uri;
    for (const page of ['/', '/calls/01ABC', '/sign-in', '/plans/'])
      expect(served(page), page).toBe('/index.html');
    for (const passThrough of ['/api', '/api/nope', '/api/calls/x', '/assets/index-1.js', '/robots.txt'])
      expect(served(passThrough), passThrough).toBe(passThrough);
  });

  it('copies a new web app only once the API it calls is updated: every function, route and stage', () => {
    const deployments = Object.values(dev.findResources('Custom::CDKBucketDeployment'));
    expect(deployments).toHaveLength(2);
    const apiResources = [
      'AWS::Lambda::Function',
      'AWS::ApiGatewayV2::Route',
      'AWS::ApiGatewayV2::Integration',
      'AWS::ApiGatewayV2::Stage',
    ].flatMap((type) =>
      // The Api construct's resources (their logical ids start with its id), not aws-cdk-lib's helpers.
      Object.keys(dev.findResources(type)).filter((logicalId) => logicalId.startsWith('Api')),
    );
    expect(apiResources.length).toBeGreaterThan(API_AREAS.length * 2);
    for (const deployment of deployments) {
      const dependsOn = new Set<string>(deployment.DependsOn ?? []);
      expect(apiResources.filter((id) => !dependsOn.has(id))).toEqual([]);
    }
  });

  it('uploads content-named files to keep a year, before the pages that name them, which are asked again', () => {
    const deployments = dev.findResources('Custom::CDKBucketDeployment');
    const [assetsId, assets] =
      Object.entries(deployments).find(([, d]) => d.Properties.DestinationBucketKeyPrefix === 'assets/') ??
      [];
    const [, shell] = Object.entries(deployments).find(([id]) => id !== assetsId) ?? [];
    expect(assets?.Properties.SystemMetadata).toEqual({ 'cache-control': HASHED_ASSET_CACHE_CONTROL });
    // Never pruned: a page loaded before a deploy still finds the files it names.
    expect(assets?.Properties.Prune).toBe(false);
    expect(shell?.Properties.SystemMetadata).toEqual({ 'cache-control': SITE_FILE_CACHE_CONTROL });
    // The shell's pruning leaves the assets alone, and it goes live only once they are there.
    expect(shell?.Properties.Exclude).toEqual(['assets/*']);
    expect(shell?.Properties.Prune ?? true).toBe(true);
    expect(shell?.DependsOn).toContain(assetsId);
    // The shell's deploy clears CloudFront's copies (its default paths: all).
    expect(shell?.Properties.DistributionId).toBeDefined();
    expect(shell?.Properties.DistributionPaths).toBeUndefined();
    // Each uploads the right folder: read the files CDK staged for it (asset.<hash>, named in its keys).
    const staged = (key: string) =>
      readdirSync(join(devEdge.app.synth().directory, `asset.${key.replace(/\.zip$/, '')}`)).sort();
    const [assetsKey = ''] = assets?.Properties.SourceObjectKeys ?? [];
    expect(staged(assetsKey)).toEqual(readdirSync(join(paths.webDist, 'assets')).sort());
    const shellFiles = (shell?.Properties.SourceObjectKeys ?? []).flatMap((key: string) => staged(key));
    expect(shellFiles).toContain('index.html');
    expect(shellFiles).not.toContain('assets');
  });

  it('answers only what CloudFront forwards: its origin header and every API function hold one secret', () => {
    for (const template of [dev, prod]) {
      const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret'));
      const [distributionId, distribution] = Object.entries(
        template.findResources('AWS::CloudFront::Distribution'),
      )[0] ?? ['', {}];
      const apiOrigins = (
        distribution.Properties.DistributionConfig.Origins as {
          CustomOriginConfig?: unknown;
          OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[];
        }[]
      ).filter((origin) => origin.CustomOriginConfig);
      expect(apiOrigins.length).toBeGreaterThan(0);
      const sent = apiOrigins.map(
        (origin) =>
          origin.OriginCustomHeaders?.find((h) => h.HeaderName === ORIGIN_VERIFY_HEADER)?.HeaderValue,
      );
      // A dynamic reference to the generated secret, resolved by CloudFormation, never a literal.
      expect(JSON.stringify(sent[0])).toContain('{{resolve:secretsmanager:');
      expect(JSON.stringify(sent[0])).toContain(`"Ref":"${secretId}"`);
      for (const value of sent) expect(value).toEqual(sent[0]);
      const functions = apiFunctions(template);
      expect(functions).toHaveLength(API_AREAS.length);
      for (const f of functions) {
        expect(f.props.Environment.Variables.ORIGIN_VERIFY).toEqual(sent[0]);
        // They ask for it only once every edge sends it.
        expect(f.dependsOn).toContain(distributionId);
      }
    }
  });

  it('has no dependency cycle among its resources, which only a deploy would otherwise report', () => {
    type Resources = { Resources: Record<string, Record<string, unknown>> };
    for (const template of [dev, prod]) expect(dependencyCycle(template.toJSON() as Resources)).toEqual([]);
    // The check finds one when there is one.
    const looped = structuredClone(dev.toJSON()) as Resources;
    const [first = '', second = ''] = Object.keys(looped.Resources);
    Object.assign(looped.Resources[first] ?? {}, { DependsOn: [second] });
    Object.assign(looped.Resources[second] ?? {}, { DependsOn: [first] });
    expect(dependencyCycle(looped)).toEqual([first, second, first]);
    // And through references, not only DependsOn: a Ref one way, a Sub the other.
    const referring = structuredClone(dev.toJSON()) as Resources;
    Object.assign(referring.Resources[first] ?? {}, { DependsOn: [], Properties: { X: { Ref: second } } });
    Object.assign(referring.Resources[second] ?? {}, {
      DependsOn: [],
      Properties: { Y: { 'Fn::Sub': `arn:\${${first}.Arn}` } },
    });
    expect(dependencyCycle(referring)).not.toEqual([]);
  });

  it('lets the browser reach the region’s Cognito endpoint, named exactly', () => {
    const policy = Object.values(dev.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]?.Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
      .ContentSecurityPolicy as string;
    expect(policy).toContain("connect-src 'self' https://cognito-idp.eu-south-1.amazonaws.com;");
    expect(policy).not.toMatch(/\.\*\./);
  });

  it("allows the built page's inline style by its hash, and no inline script or style otherwise", () => {
    const html = readFileSync(resolve(paths.webDist, 'index.html'), 'utf8');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1];
    expect(style, 'web/dist/index.html inlines its stylesheet').toBeTruthy();
    const hash = createHash('sha256')
      .update(style ?? '')
      .digest('base64');
    const policy = Object.values(dev.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0]?.Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy
      .ContentSecurityPolicy as string;
    expect(policy).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('puts the Cognito JWT authorizer on every route but the public reads', () => {
    const routes = Object.values(dev.findResources('AWS::ApiGatewayV2::Route')).map((r) => [
      r.Properties.RouteKey,
      r.Properties.AuthorizationType,
    ]);
    for (const area of API_AREAS) {
      for (const path of area.routes) expect(routes).toContainEqual([`ANY ${path}`, 'JWT']);
    }
    const open = routes.filter(([, auth]) => auth !== 'JWT').map(([key]) => key);
    expect(open.sort()).toEqual(PUBLIC_READS.map((path) => `GET ${path}`).sort());
    // No CORS: the web app reaches the API on its own origin through CloudFront.
    const api = Object.values(dev.findResources('AWS::ApiGatewayV2::Api'))[0];
    expect(api?.Properties.CorsConfiguration).toBeUndefined();
    dev.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
    });
  });

  it('holds click-day submits below the budget item’s limit at the gateway, and keeps the applications function concurrency of its own in prod', () => {
    const stageOf = (template: Template) =>
      Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as {
        Properties: { RouteSettings: Record<string, { ThrottlingRateLimit: number }> };
        DependsOn?: string[];
      };
    const prodStage = stageOf(prod);
    expect(prodStage.Properties.RouteSettings).toEqual({
      [APPLICATIONS_ROUTE]: { ThrottlingBurstLimit: 400, ThrottlingRateLimit: 800 },
      // Mostly answered from CloudFront's cache; this bounds what bypasses it.
      [AVAILABILITY_ROUTE]: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 200 },
      // Receipts polling their place share the submits' function: held to a fraction of it.
      [STANDING_ROUTE]: { ThrottlingBurstLimit: 100, ThrottlingRateLimit: 200 },
    });
    // Below one call's budget item (~1,000 writes/s), and below the gateway's own stage limit.
    expect(prodStage.Properties.RouteSettings[APPLICATIONS_ROUTE]?.ThrottlingRateLimit).toBeLessThan(1000);
    // The stage names the routes, so it is created after them.
    const routeIds = Object.entries(prod.findResources('AWS::ApiGatewayV2::Route'))
      .filter(([, r]) =>
        [APPLICATIONS_ROUTE, AVAILABILITY_ROUTE, STANDING_ROUTE].includes(r.Properties.RouteKey),
      )
      .map(([id]) => id);
    expect(routeIds).toHaveLength(3);
    expect(prodStage.DependsOn).toEqual(expect.arrayContaining(routeIds));
    expect(stageOf(dev).Properties.RouteSettings[APPLICATIONS_ROUTE]?.ThrottlingRateLimit).toBe(50);

    const reserved = (template: Template) =>
      Object.values(template.findResources('AWS::Lambda::Function'))
        .filter((f) => f.Properties.ReservedConcurrentExecutions !== undefined)
        .map((f) => [
          f.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME,
          f.Properties.ReservedConcurrentExecutions,
        ]);
    expect(reserved(prod)).toEqual([['grantfit-applications', 100]]);
    expect(reserved(dev)).toEqual([]);
  });

  it('answers an address sending too many applications 429 at CloudFront, in the API’s error shape, with Retry-After', () => {
    // WAF for CloudFront exists only in us-east-1, whatever the app's region.
    expect(prodEdge.edgeStack.region).toBe('us-east-1');
    const acls = Object.values(prodEdge.edge.findResources('AWS::WAFv2::WebACL'));
    expect(acls).toHaveLength(1);
    const acl = acls[0]?.Properties;
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    expect(acl.Rules).toHaveLength(1);
    const rule = acl.Rules[0];
    expect(rule.Name).toBe(APPLICATIONS_PER_IP_RULE);
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      AggregateKeyType: 'IP',
      Limit: 300,
      EvaluationWindowSec: 60,
    });
    // Only submits count: POST to exactly the submit path (not a withdrawal or share below it), decoded
    // and lower-cased first so an encoded or re-cased path is counted too. Spelled out here, not read
    // from the module the stack uses, so a wrong path in that module fails this test.
    expect(rule.Statement.RateBasedStatement.ScopeDownStatement.AndStatement.Statements).toEqual([
      {
        ByteMatchStatement: {
          FieldToMatch: { Method: {} },
          PositionalConstraint: 'EXACTLY',
          SearchString: 'POST',
          TextTransformations: [{ Priority: 0, Type: 'NONE' }],
        },
      },
      {
        ByteMatchStatement: {
          FieldToMatch: { UriPath: {} },
          PositionalConstraint: 'EXACTLY',
          SearchString: '/api/applications',
          TextTransformations: [
            { Priority: 0, Type: 'URL_DECODE' },
            { Priority: 1, Type: 'LOWERCASE' },
          ],
        },
      },
    ]);
    // The answer the web app sends again after (tests/e2e/busy-submit.test.ts plays this very body).
    expect(rule.Action.Block.CustomResponse).toEqual({
      ResponseCode: 429,
      CustomResponseBodyKey: 'busy',
      ResponseHeaders: [{ Name: 'retry-after', Value: '60' }],
    });
    expect(acl.CustomResponseBodies.busy).toEqual({
      ContentType: 'APPLICATION_JSON',
      Content: JSON.stringify(edgeBusyBody),
    });
    expect(errorBodySchema.safeParse(JSON.parse(acl.CustomResponseBodies.busy.Content)).success).toBe(true);
    expect(
      Object.values(devEdge.edge.findResources('AWS::WAFv2::WebACL'))[0]?.Properties.Rules[0].Statement
        .RateBasedStatement.Limit,
    ).toBe(100);

    // The distribution runs that ACL: its ARN read from the edge stack's output (no custom resource).
    const distribution = Object.values(prod.findResources('AWS::CloudFront::Distribution'))[0];
    const webAcl = distribution?.Properties.DistributionConfig.WebACLId;
    expect(webAcl['Fn::GetStackOutput']).toMatchObject({
      StackName: 'GrantFit-prod-Edge',
      Region: 'us-east-1',
    });
    const output = prodEdge.edge.toJSON().Outputs[webAcl['Fn::GetStackOutput'].OutputName];
    expect(output.Value).toEqual({
      'Fn::GetAtt': [Object.keys(prodEdge.edge.findResources('AWS::WAFv2::WebACL'))[0], 'Arn'],
    });
  });

  it('alarms on API 5xx rate, each function’s errors and throttles, tampered reviews, and DynamoDB throttles, to an encrypted topic', () => {
    const alarms = Object.values(dev.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);
    const rate = alarms.find((a) =>
      a.Metrics?.some((m: { Expression?: string }) => m.Expression?.includes('errors')),
    );
    expect(rate).toMatchObject({
      Threshold: API_5XX_RATE_PERCENT,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    const metricNames = alarms.map((a) => a.MetricName).filter(Boolean);
    // One per API area, one for the sign-up trigger, one for the reconciler, one for the catalogue import.
    expect(metricNames.filter((m) => m === 'Errors')).toHaveLength(API_AREAS.length + 3);
    expect(metricNames.filter((m) => m === 'Throttles')).toHaveLength(API_AREAS.length + 3);
    const throttled = alarms.find((a) =>
      a.Metrics?.some(
        (m: { MetricStat?: { Metric: { MetricName: string } } }) =>
          m.MetricStat?.Metric.MetricName === 'ThrottledRequests',
      ),
    );
    expect(throttled).toBeDefined();
    // A tampered signed review is answered 200 (as tampered): its log line is what pages someone.
    const filters = Object.values(dev.findResources('AWS::Logs::MetricFilter')).map((f) => f.Properties);
    expect(filters.map((f) => f.FilterPattern)).toContain(`{ $.message = "${TAMPERED_REVIEW_LOG}*" }`);
    expect(metricNames.filter((m) => m === 'TamperedReviews').length).toBeGreaterThanOrEqual(
      API_AREAS.length,
    );
    const verifySource = readFileSync(resolve(repoRoot, 'functions/reviews/verify-review.ts'), 'utf8');
    expect(verifySource, 'the filter matches the message the API logs').toContain(`'${TAMPERED_REVIEW_LOG}:`);
    const topic = Object.keys(dev.findResources('AWS::SNS::Topic'))[0];
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic }]);
    dev.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    dev.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('emails alarms when an address is given, and refuses a malformed one', () => {
    const app = new App({ context: { stage: 'prod', alarmEmail: 'ops@grantfit.example' } });
    const { stack } = buildGrantFitApp({ ...paths, app, region: 'eu-south-1', account: '123456789012' });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@grantfit.example',
    });
    const bad = new App({ context: { stage: 'prod', alarmEmail: 'nobody' } });
    expect(() => buildGrantFitApp({ ...paths, app: bad })).toThrow(/alarmEmail/);
  });

  it('lets SMEs sign up into the sme group, and never lets a user write their own organisation id', () => {
    dev.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PostConfirmation: Match.anyValue() },
      MfaConfiguration: 'OPTIONAL',
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12 }) },
    });
    const client = Object.values(dev.findResources('AWS::Cognito::UserPoolClient'))[0];
    expect(client?.Properties.WriteAttributes.sort()).toEqual(['email', 'name']);
    const statements = Object.values(dev.findResources('AWS::IAM::Policy')).flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[] }[],
    );
    expect(statements.flatMap((st) => st.Action).filter((a) => a.startsWith('cognito-idp:'))).toEqual([
      'cognito-idp:AdminAddUserToGroup',
    ]);
  });

  it('runs the reconciler every minute from EventBridge Scheduler, with only its table actions', () => {
    dev.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(1 minute)',
      Target: Match.objectLike({ Arn: Match.anyValue() }),
    });
    const policies = Object.values(dev.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p).includes('ReconcilerHandler'),
    );
    const actions = policies.flatMap((p) =>
      p.Properties.PolicyDocument.Statement.flatMap((st: { Action: string | string[] }) =>
        [st.Action].flat(),
      ),
    );
    expect(actions.filter((a: string) => a.startsWith('dynamodb:')).sort()).toEqual(
      RECONCILER_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort(),
    );
  });

  it('imports the national catalogue every morning (Rome time), with only its table actions, and alarms on a bad import', () => {
    dev.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(30 5 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Rome',
      Target: Match.objectLike({ RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) }),
    });
    dev.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 900,
      Environment: {
        Variables: Match.objectLike({ CATALOGUE_EXPORT_URL: DEFAULT_CATALOGUE_EXPORT_URL }),
      },
    });
    const policies = Object.values(dev.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(p).includes('CatalogueImportHandler'),
    );
    const actions = policies.flatMap((p) =>
      p.Properties.PolicyDocument.Statement.flatMap((st: { Action: string | string[] }) =>
        [st.Action].flat(),
      ),
    );
    expect(actions.filter((a: string) => a.startsWith('dynamodb:')).sort()).toEqual(
      CATALOGUE_IMPORT_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort(),
    );
    dev.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'CatalogueRejectedBp',
      Dimensions: [{ Name: 'service', Value: CATALOGUE_IMPORT_SERVICE }],
      Threshold: CATALOGUE_REJECTED_ALARM_BP,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'breaching',
    });
    // The code fails a run above the same share the alarm watches.
    const handler = readFileSync(resolve(repoRoot, 'functions/lambda/catalogue-import.ts'), 'utf8');
    expect(handler).toContain(`MAX_REJECTED_BP = ${CATALOGUE_REJECTED_ALARM_BP};`);
    const bad = new App({ context: { catalogueExportUrl: 'ftp://example.org/export' } });
    expect(() => buildGrantFitApp({ ...paths, app: bad })).toThrow(/catalogueExportUrl/);
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
