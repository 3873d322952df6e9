/**
 * What differs between `dev` and `prod`, chosen with `--context stage=…` (and `--context alarmEmail=…`,
 * `--context catalogueExportUrl=…`).
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DEFAULT_CATALOGUE_EXPORT_URL } from './catalogue-import';

export type Stage = 'dev' | 'prod';

export interface StageConfig {
  stage: Stage;
  /** Keep and protect data (table, users, site) when the stack is deleted. */
  retain: boolean;
  logRetention: RetentionDays;
  /** Gateway-wide limits; a click day is ~1,000 submits/s at peak (BENCHMARKS.md). */
  throttle: { rateLimit: number; burstLimit: number };
  /**
   * Click day (BENCHMARKS.md, capacity on paper): the applications route is held below what one call's
   * budget item takes (~1,000 writes/s) — past it the gateway answers 429 and the web app sends again
   * with the same key, before DynamoDB throttles the hot key — and its function keeps concurrency of its
   * own, so a burst of submits cannot starve the other areas (nor they it). `perAddressPerMinute` is
   * the edge's limit per IP address (infra/lib/edge-protection.ts): far above what one office sends
   * (several firms behind one mobile carrier's shared address included), far below a script's loop.
   */
  applications: {
    rateLimit: number;
    burstLimit: number;
    reservedConcurrency?: number;
    perAddressPerMinute: number;
  };
  /**
   * A call's public budget figures are answered from CloudFront's cache; this bounds what reaches the
   * function (and the budget item) when the cache is bypassed or cold.
   */
  availability: { rateLimit: number; burstLimit: number };
  /**
   * Waitlisted receipts polling their place (every ~30 s each) share the applications function with the
   * submits: held to a fraction of its concurrency (200 rps × ~50 ms ≈ 10 of its 100 in prod). Past it a
   * poll gets 429 and the receipt keeps showing the place it had until the next poll.
   */
  standing: { rateLimit: number; burstLimit: number };
  /** Where alarms are emailed; none = the topic exists and can be subscribed later. */
  alarmEmail?: string;
  /** Where the daily import downloads the national catalogue from. */
  catalogueExportUrl: string;
}

export function stageConfig(
  stage: Stage,
  alarmEmail?: string,
  catalogueExportUrl = DEFAULT_CATALOGUE_EXPORT_URL,
): StageConfig {
  return stage === 'prod'
    ? {
        stage,
        retain: true,
        logRetention: RetentionDays.ONE_YEAR,
        throttle: { rateLimit: 2000, burstLimit: 1000 },
        applications: { rateLimit: 800, burstLimit: 400, reservedConcurrency: 100, perAddressPerMinute: 300 },
        availability: { rateLimit: 200, burstLimit: 100 },
        standing: { rateLimit: 200, burstLimit: 100 },
        alarmEmail,
        catalogueExportUrl,
      }
    : {
        stage,
        retain: false,
        logRetention: RetentionDays.TWO_WEEKS,
        throttle: { rateLimit: 200, burstLimit: 100 },
        // A development account's concurrency is often 10: reserving any would fail the deployment.
        applications: { rateLimit: 50, burstLimit: 25, perAddressPerMinute: 100 },
        availability: { rateLimit: 20, burstLimit: 10 },
        standing: { rateLimit: 20, burstLimit: 10 },
        alarmEmail,
        catalogueExportUrl,
      };
}
