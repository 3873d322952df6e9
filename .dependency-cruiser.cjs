/**
 * Who may import whom (ARCHITECTURE.md), over static, dynamic and type-only imports alike.
 * `npm run lint:imports` runs it on the repo; tests/unit/architecture.test.ts runs it on the repo and
 * on a fixture tree that breaks every rule once, so a rule that stopped catching anything fails there.
 */
const TESTS = '\\.test\\.tsx?$|/testing/';
/** The folders of functions/ that hold use cases and their ports (not api/, data/, lambda/, local/…). */
const USE_CASE_AREAS =
  '(applications|calls|companies|plans|reviews|consultancies|catalogue|audit|rate-limits|sign-up|errors)';

module.exports = {
  forbidden: [
    {
      name: 'shared-does-no-io',
      comment: 'shared/ is pure domain code used by the API and the browser: no Node built-ins.',
      severity: 'error',
      from: { path: '^shared/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-uses-no-cloud-sdk',
      comment: 'shared/ talks to no AWS service and knows no HTTP framework.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: 'node_modules/(@aws-sdk|@aws-lambda-powertools|aws-cdk-lib|hono|@hono)/' },
    },
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(functions|web|infra|tests|bench|scripts)/' },
    },
    {
      name: 'web-imports-web-and-shared',
      comment: 'The one exception is the API app type for Hono’s typed client (next rule).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(functions|infra|tests|bench|scripts)/', pathNot: '^functions/api/app\\.ts$' },
    },
    {
      name: 'web-takes-only-the-api-type',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^functions/api/app\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-runs-in-the-browser',
      comment: 'No Node built-ins or AWS SDK in the app (build config and tests may use Node).',
      severity: 'error',
      from: { path: '^web/src/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-features-are-independent',
      comment: 'bulletproof-react: features never import each other; the app composes them.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'functions-never-import-web-or-infra',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^(web|infra)/' },
    },
    {
      name: 'use-cases-know-no-http-or-database',
      comment:
        'Use cases (an area folder under functions/) throw domain errors and reach stores through ports: ' +
        'nothing of the API but the deps and log types, no HTTP framework, no DynamoDB adapter. ' +
        'Composition roots (the catalogue import CLI) and tests are exempt.',
      severity: 'error',
      from: {
        path: `^functions/${USE_CASE_AREAS}/`,
        pathNot: [TESTS, '^functions/catalogue/import-cli\\.ts$', '\\.contract\\.ts$'],
      },
      to: {
        path: ['^functions/api/', '^functions/data/(dynamo-|ensure-table)', 'node_modules/(hono|@hono)/'],
        pathNot: '^functions/api/(app-deps|error-log)\\.ts$',
      },
    },
    {
      name: 'powertools-only-through-require',
      comment:
        'ADR 0027: functions/lambda/powertools.ts loads Powertools through require (its CommonJS build) ' +
        'and every other module takes Logger, Metrics and MetricUnit from it; an ES import anywhere would ' +
        'load the second build beside the first. Type-only imports are fine.',
      severity: 'error',
      from: { path: '^functions/', pathNot: TESTS },
      // Also unresolved subpaths (`…/logger/middleware` exists only in the package's exports map).
      to: {
        path: '(^|node_modules/)@aws-lambda-powertools/',
        dependencyTypesNot: ['type-only', 'type-import'],
      },
    },
    {
      name: 'infra-points-at-entry-points',
      comment: 'infra/ imports only itself and the site policy in shared/hosting; it names entries by path.',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^(functions|web|shared|tests|bench|scripts)/', pathNot: '^shared/hosting/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cdk\\.out|\\.data)/' },
  },
};
