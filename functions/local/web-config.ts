/** The `config.json` the web app reads at start-up; locally it points at the dev issuer, on AWS at Cognito. */
export interface WebConfig {
  auth: { kind: 'dev'; url: string } | { kind: 'cognito'; region: string; userPoolClientId: string };
}

export const localWebConfig: WebConfig = {
  auth: { kind: 'dev', url: '/dev-auth' },
};
