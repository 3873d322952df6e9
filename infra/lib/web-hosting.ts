/**
 * The web app on a private S3 bucket behind CloudFront (origin access control). CloudFront also
 * forwards /api/* to the HTTP API, so the browser talks to one origin and needs no CORS.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IDependable } from 'constructs';
import { BUDGET_MAX_AGE_SECONDS } from '../../shared/hosting/budget-freshness';
import { inlineStyleHashes } from '../../shared/hosting/inline-style-hashes';
import { ORIGIN_VERIFY_HEADER } from '../../shared/hosting/origin-verify';
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS } from '../../shared/hosting/security-headers';
import {
  HASHED_ASSET_CACHE_CONTROL,
  HASHED_ASSETS_FOLDER,
  SITE_FILE_CACHE_CONTROL,
} from '../../shared/hosting/site-cache-control';
import { spaFallbackFunction } from './spa-fallback';

export interface WebHostingProps {
  webDist: string;
  httpApi: HttpApi;
  /** Written to config.json at deploy time; the SPA reads it on start. */
  webConfig: Record<string, unknown>;
  retain: boolean;
  /** The web ACL CloudFront runs before every request (per-address limits on click day). */
  webAclArn: string;
  /** The secret sent to the API in ORIGIN_VERIFY_HEADER (ADR 0033), as a CloudFormation dynamic reference. */
  originVerify: string;
  /**
   * What must be updated before the new web app goes live: the API it calls. A new page may read a
   * field the previous API does not send yet (the report page did, with ADR 0025), so the files are
   * copied only once CloudFormation has updated the functions, routes and stage (the stage deploys
   * changed routes itself, with auto-deploy; that is not awaited). The other direction, the previous
   * app still open in a browser calling the new API, is not something a deploy's order can settle.
   */
  deployAfter: IDependable;
}

/** The built index.html's inline styles, so the CSP can allow them by hash (none before a build). */
function builtStyleHashes(webDist: string): string[] {
  try {
    return inlineStyleHashes(readFileSync(join(webDist, 'index.html'), 'utf8'));
  } catch {
    return [];
  }
}

export class WebHosting extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const removal = props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: removal,
      autoDeleteObjects: !props.retain,
    });
    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
      removalPolicy: removal,
      autoDeleteObjects: !props.retain,
    });

    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // The same policy the local server sends (shared/hosting), so browser tests run under it.
          contentSecurityPolicy: contentSecurityPolicy({
            styleHashes: builtStyleHashes(props.webDist),
            cognitoRegion: Stack.of(this).region,
          }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    const apiDomain = Fn.select(2, Fn.split('/', props.httpApi.apiEndpoint));
    // Tells the API a request came through here, past the web ACL (ADR 0033).
    const api = new HttpOrigin(apiDomain, { customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerify } });
    this.distribution = new Distribution(this, 'Distribution', {
      defaultRootObject: 'index.html',
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [
          { function: spaFallbackFunction(this, 'SpaFallback'), eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        // Click day: everyone watching a call's budget is answered from the edge for a few seconds, so
        // the budget item is read about once per window per edge, not once per viewer. Listed first:
        // CloudFront matches behaviours in order, and /api/* would take it otherwise.
        '/api/calls/*/availability': {
          origin: api,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: new CachePolicy(this, 'CallAvailability', {
            comment: 'Public budget figures of a call: as long as the API allows, at most a few seconds',
            minTtl: Duration.seconds(0),
            defaultTtl: Duration.seconds(0),
            maxTtl: Duration.seconds(BUDGET_MAX_AGE_SECONDS),
            headerBehavior: CacheHeaderBehavior.none(),
            cookieBehavior: CacheCookieBehavior.none(),
            queryStringBehavior: CacheQueryStringBehavior.none(),
            enableAcceptEncodingGzip: true,
            enableAcceptEncodingBrotli: true,
          }),
          responseHeadersPolicy: headers,
        },
        '/api/*': {
          origin: api,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
        },
      },
      // No errorResponses: they would apply to /api/* too (the SPA fallback is the function above).
    });

    // Content-named files first, kept a year and never pruned: a page loaded before this deploy still
    // finds the files it names. Then the rest, asked again on every load, pruned except the assets.
    const assets = new BucketDeployment(this, 'DeployAssets', {
      destinationBucket: site,
      destinationKeyPrefix: `${HASHED_ASSETS_FOLDER}/`,
      sources: [Source.asset(join(props.webDist, HASHED_ASSETS_FOLDER))],
      cacheControl: [CacheControl.fromString(HASHED_ASSET_CACHE_CONTROL)],
      prune: false,
      memoryLimit: 512,
    });
    const shell = new BucketDeployment(this, 'Deploy', {
      destinationBucket: site,
      sources: [
        Source.asset(props.webDist, { exclude: [HASHED_ASSETS_FOLDER] }),
        Source.jsonData('config.json', props.webConfig),
      ],
      exclude: [`${HASHED_ASSETS_FOLDER}/*`],
      cacheControl: [CacheControl.fromString(SITE_FILE_CACHE_CONTROL)],
      distribution: this.distribution,
      memoryLimit: 512,
    });
    assets.node.addDependency(props.deployAfter);
    shell.node.addDependency(props.deployAfter, assets);
  }
}
