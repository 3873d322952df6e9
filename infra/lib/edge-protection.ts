/**
 * The CloudFront web ACL. WAF for CloudFront lives in us-east-1 whatever the app's region, so it is a
 * stack of its own there; the app's stack reads its ARN through a cross-region reference.
 *
 * One rule today, for click day (issue #15): an address that sends more applications a minute than a
 * busy office could (bots, scripts retrying in a loop) is answered 429 at the edge, in the API's error
 * shape with Retry-After, before it reaches the gateway's shared limit and crowds everyone else out.
 * The web app sends the same application again after Retry-After (web/src/lib/busy-retry.ts).
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { EDGE_WINDOW_SECONDS, edgeBusyBody, RATE_LIMITED_PATH } from '../../shared/hosting/edge-rate-limit';
import type { StageConfig } from './stage-config';

export const EDGE_REGION = 'us-east-1';
export const APPLICATIONS_PER_IP_RULE = 'ApplicationsPerAddress';

export interface EdgeProtectionStackProps extends StackProps {
  config: StageConfig;
}

export class EdgeProtectionStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeProtectionStackProps) {
    super(scope, id, props);
    const prefix = `grantfit-${props.config.stage}`;
    const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName,
    });
    const acl = new CfnWebACL(this, 'WebAcl', {
      name: `${prefix}-edge`,
      description: 'GrantFit site and API at CloudFront: per-address limit on submitted applications',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`${prefix}-edge`),
      customResponseBodies: {
        busy: { contentType: 'APPLICATION_JSON', content: JSON.stringify(edgeBusyBody) },
      },
      rules: [
        {
          name: APPLICATIONS_PER_IP_RULE,
          priority: 0,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: props.config.applications.perAddressPerMinute,
              evaluationWindowSec: EDGE_WINDOW_SECONDS,
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    {
                      byteMatchStatement: {
                        fieldToMatch: { method: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: 'POST',
                        textTransformations: [{ priority: 0, type: 'NONE' }],
                      },
                    },
                    {
                      // The submit itself (not a withdrawal or a share below it), however the path
                      // was percent-encoded or cased: decoded, lower-cased, then compared whole.
                      byteMatchStatement: {
                        fieldToMatch: { uriPath: {} },
                        positionalConstraint: 'EXACTLY',
                        searchString: RATE_LIMITED_PATH,
                        textTransformations: [
                          { priority: 0, type: 'URL_DECODE' },
                          { priority: 1, type: 'LOWERCASE' },
                        ],
                      },
                    },
                  ],
                },
              },
            },
          },
          action: {
            block: {
              customResponse: {
                responseCode: 429,
                customResponseBodyKey: 'busy',
                responseHeaders: [{ name: 'retry-after', value: String(EDGE_WINDOW_SECONDS) }],
              },
            },
          },
          visibilityConfig: visibility(`${prefix}-applications-per-address`),
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}
