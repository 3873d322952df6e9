/** Reads /config.json (written by the local server or at deploy time) and checks it. */
// Valibot, not zod: this runs on every first load (ADR 0016).
import * as v from 'valibot';
import { fetchOrNoAnswer, jsonOrNoAnswer } from '../lib/no-answer';

const webConfigSchema = v.object({
  auth: v.variant('kind', [
    v.object({ kind: v.literal('dev'), url: v.string() }),
    v.object({ kind: v.literal('cognito'), region: v.string(), userPoolClientId: v.string() }),
  ]),
});

export type WebConfig = v.InferOutput<typeof webConfigSchema>;

export async function loadWebConfig(): Promise<WebConfig> {
  const response = await fetchOrNoAnswer('/config.json');
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return v.parse(webConfigSchema, await jsonOrNoAnswer(response));
}
