/** Reads /config.json (written by the local server or at deploy time) and checks it with zod. */
import * as z from 'zod/mini';

const webConfigSchema = z.object({
  auth: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('dev'), url: z.string() }),
    z.object({ kind: z.literal('cognito'), region: z.string(), userPoolClientId: z.string() }),
  ]),
});

export type WebConfig = z.infer<typeof webConfigSchema>;

export async function loadWebConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  return webConfigSchema.parse(await response.json());
}
