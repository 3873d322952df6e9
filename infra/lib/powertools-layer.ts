/**
 * AWS's published Powertools for AWS Lambda (TypeScript) layer for the exact version the code uses,
 * looked up at deploy time from its public SSM parameter (synth stays offline). See ADR 0007.
 */
import { type ILayerVersion, LayerVersion } from 'aws-cdk-lib/aws-lambda';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';

/** Same version as the @aws-lambda-powertools/* packages in package.json (a test keeps them equal). */
export const POWERTOOLS_VERSION = '2.36.0';

export function powertoolsLayer(scope: Construct): ILayerVersion {
  return LayerVersion.fromLayerVersionArn(
    scope,
    'Powertools',
    StringParameter.valueForStringParameter(
      scope,
      `/aws/service/powertools/typescript/generic/all/${POWERTOOLS_VERSION}`,
    ),
  );
}
