/**
 * The single-page app's fallback as a CloudFront Function on the site's behaviour only: page paths are
 * rewritten to /index.html before S3 is asked. CloudFront's error responses would do it too, but they
 * apply to every behaviour, turning the API's own 403/404 answers into a 200 web page.
 */
import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { PAGE_PATH } from '../../shared/hosting/page-path';

/** The function's source: the same pattern the local server uses (shared/hosting/page-path.ts). */
export function spaFallbackSource(): string {
  return [
    `var PAGE_PATH = ${PAGE_PATH.toString()};`,
    'function handler(event) {',
    '  var request = event.request;',
    "  if (PAGE_PATH.test(request.uri)) request.uri = '/index.html';",
    '  return request;',
    '}',
  ].join('\n');
}

export function spaFallbackFunction(scope: Construct, id: string): CloudFrontFunction {
  return new CloudFrontFunction(scope, id, {
    code: FunctionCode.fromInline(spaFallbackSource()),
    runtime: FunctionRuntime.JS_2_0,
    comment: 'Serve index.html for the web app page paths; files and /api pass through',
  });
}
