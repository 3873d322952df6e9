/**
 * Alarms on what hurts users (API 5xx rate, Lambda errors and throttles, DynamoDB throttles), sent to
 * an encrypted SNS topic, and one dashboard with the API, each area's function, the table and the
 * request metrics the handlers publish through Powertools.
 */
import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  type AlarmProps,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { type ITable, Operation } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE } from './grantfit-function';

export interface ObservabilityProps {
  stage: string;
  httpApi: HttpApi;
  functions: ReadonlyMap<string, IFunction>;
  table: ITable;
  alarmEmail?: string;
  /** The catalogue import's Powertools service and the rejected share (basis points) that alarms. */
  catalogueImport?: { service: string; maxRejectedBp: number };
}

/**
 * The start of the error the API logs when a signed review no longer matches its signature
 * (functions/reviews/verify-review.ts): someone changed the table behind the API.
 */
export const TAMPERED_REVIEW_LOG = 'signed review tampered';

/** More than 1 % of requests failing on our side for 3 of 5 minutes pages someone. */
export const API_5XX_RATE_PERCENT = 1;

export class Observability extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const key = new Key(this, 'AlarmTopicKey', {
      enableKeyRotation: true,
      description: 'Encrypts GrantFit alarm notifications',
    });
    // CloudWatch publishes alarm notifications and needs the key to do it.
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);
    const alarm = (alarmId: string, alarmProps: AlarmProps) => {
      const created = new Alarm(this, alarmId, alarmProps);
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    const period = Duration.minutes(1);
    const requests = props.httpApi.metricCount({ period, statistic: 'Sum' });
    const serverErrors = props.httpApi.metricServerError({ period, statistic: 'Sum' });
    const serverErrorRate = new MathExpression({
      expression: 'IF(requests > 0, 100 * errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      label: 'API 5xx %',
      period,
    });
    alarm('Api5xxRate', {
      alarmDescription: `More than ${API_5XX_RATE_PERCENT} % of API requests answered 5xx (3 of 5 minutes).`,
      metric: serverErrorRate,
      threshold: API_5XX_RATE_PERCENT,
      evaluationPeriods: 5,
      datapointsToAlarm: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    for (const [area, fn] of props.functions) {
      const name = area.replace(/(^|-)(\w)/g, (_m, _dash, letter: string) => letter.toUpperCase());
      alarm(`${name}Errors`, {
        alarmDescription: `The ${area} function failed (uncaught error, timeout or crash).`,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      // The review is answered as tampered (a 200), so only its log line can page someone.
      const logGroup = 'logGroup' in fn ? (fn as { logGroup?: ILogGroup }).logGroup : undefined;
      if (logGroup) {
        const tampered = new MetricFilter(this, `${name}TamperedReviews`, {
          logGroup,
          filterPattern: FilterPattern.literal(`{ $.message = "${TAMPERED_REVIEW_LOG}*" }`),
          metricNamespace: METRICS_NAMESPACE,
          metricName: 'TamperedReviews',
          metricValue: '1',
          dimensions: { service: `grantfit-${area}` },
        });
        alarm(`${name}TamperedReview`, {
          alarmDescription: `The ${area} function served a signed review whose content no longer matches its signature.`,
          metric: tampered.metric({ period: Duration.minutes(5), statistic: 'Sum' }),
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        });
      }
      alarm(`${name}Throttles`, {
        alarmDescription: `The ${area} function was throttled: requests were refused for lack of concurrency.`,
        metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }

    if (props.catalogueImport) {
      alarm('CatalogueImportRejected', {
        alarmDescription: `The daily catalogue import rejected more than ${props.catalogueImport.maxRejectedBp / 100} % of the records (nothing was stored), or did not run in a day.`,
        metric: new Metric({
          namespace: METRICS_NAMESPACE,
          metricName: 'CatalogueRejectedBp',
          dimensionsMap: { service: props.catalogueImport.service },
          statistic: 'Maximum',
          period: Duration.days(1),
        }),
        threshold: props.catalogueImport.maxRejectedBp,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        // The import publishes the figure every morning: a day without it is a run that never happened.
        treatMissingData: TreatMissingData.BREACHING,
      });
    }

    const tableThrottles = props.table.metricThrottledRequestsForOperations({
      operations: [
        Operation.GET_ITEM,
        Operation.PUT_ITEM,
        Operation.UPDATE_ITEM,
        Operation.QUERY,
        Operation.TRANSACT_WRITE_ITEMS,
      ],
      period,
    });
    alarm('TableThrottles', {
      alarmDescription:
        'DynamoDB throttled requests (hot key or account limit); clients see 503 + Retry-After.',
      metric: tableThrottles,
      threshold: 1,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `GrantFit-${props.stage}` });
    const perArea = (metricName: string): IMetric[] =>
      [...props.functions.keys()].map(
        (area) =>
          new Metric({
            namespace: METRICS_NAMESPACE,
            metricName,
            dimensionsMap: { service: `grantfit-${area}` },
            statistic: 'Sum',
            period,
            label: area,
          }),
      );
    const functions = [...props.functions.values()];
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24 }),
      new GraphWidget({
        title: 'API requests and 5xx',
        left: [requests, serverErrors],
        right: [serverErrorRate],
      }),
      new GraphWidget({
        title: 'API latency p50 / p99',
        left: [
          props.httpApi.metricLatency({ period, statistic: 'p50' }),
          props.httpApi.metricLatency({ period, statistic: 'p99' }),
        ],
      }),
      new GraphWidget({ title: 'Requests by area (Powertools)', left: perArea('Requests') }),
      new GraphWidget({ title: 'Server errors by area (Powertools)', left: perArea('ServerErrors') }),
      new GraphWidget({
        title: 'Lambda duration p99',
        left: functions.map((fn) => fn.metricDuration({ period, statistic: 'p99' })),
      }),
      new GraphWidget({
        title: 'Lambda errors and throttles',
        left: functions.map((fn) => fn.metricErrors({ period })),
        right: functions.map((fn) => fn.metricThrottles({ period })),
      }),
      new GraphWidget({
        title: 'DynamoDB consumed capacity and throttles',
        left: [
          props.table.metricConsumedReadCapacityUnits({ period }),
          props.table.metricConsumedWriteCapacityUnits({ period }),
        ],
        right: [tableThrottles],
      }),
    );
  }
}
