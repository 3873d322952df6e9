/** Parses the Lambda environment once at cold start and fails fast naming the variable to set. */
import * as z from 'zod';

const lambdaEnvSchema = z.object({
  TABLE_NAME: z.string().min(3),
  JWT_ISSUER: z.url(),
  JWT_AUDIENCE: z.string().min(1),
  /** The secret CloudFront sends in ORIGIN_VERIFY_HEADER (ADR 0033). */
  ORIGIN_VERIFY: z.string().min(32),
  /** A second value accepted only while the secret changes (ADR 0033's steps). */
  ORIGIN_VERIFY_ALSO: z.string().min(32).optional(),
});

export type LambdaEnv = z.infer<typeof lambdaEnvSchema>;

export function readLambdaEnv(env: NodeJS.ProcessEnv = process.env): LambdaEnv {
  const parsed = lambdaEnvSchema.safeParse(env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`GrantFit API is misconfigured, set: ${missing}`);
  }
  return parsed.data;
}
