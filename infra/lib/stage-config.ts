/** What differs between `dev` and `prod`, chosen with `--context stage=…` (and `--context alarmEmail=…`). */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export type Stage = 'dev' | 'prod';

export interface StageConfig {
  stage: Stage;
  /** Keep and protect data (table, users, site) when the stack is deleted. */
  retain: boolean;
  logRetention: RetentionDays;
  /** Gateway-wide limits; a click day is ~1,000 submits/s at peak (BENCHMARKS.md). */
  throttle: { rateLimit: number; burstLimit: number };
  /** Where alarms are emailed; none = the topic exists and can be subscribed later. */
  alarmEmail?: string;
}

export function stageConfig(stage: Stage, alarmEmail?: string): StageConfig {
  return stage === 'prod'
    ? {
        stage,
        retain: true,
        logRetention: RetentionDays.ONE_YEAR,
        throttle: { rateLimit: 2000, burstLimit: 1000 },
        alarmEmail,
      }
    : {
        stage,
        retain: false,
        logRetention: RetentionDays.TWO_WEEKS,
        throttle: { rateLimit: 200, burstLimit: 100 },
        alarmEmail,
      };
}
