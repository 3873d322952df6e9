/** A published first-come call and an SME's application to it, ready to be shared for review. */
import { firstComeHardwareRules, seedSme } from './seed';
import type { TestApi } from './test-api';

export interface Applicant {
  orgId: string;
  token: string;
  planId: string;
}

/** Publishes a call any seeded SME can apply to; returns its id. */
export async function publishedCall(api: TestApi, associationToken: string, family: string): Promise<string> {
  const call = await api.request('POST', '/api/calls', {
    token: associationToken,
    body: {
      title: `Call ${family}`,
      closesAt: '2026-04-30T12:00:00+02:00',
      timeZone: 'Europe/Rome',
      budgetCents: 1_000_000_00,
      rules: firstComeHardwareRules(family),
    },
  });
  if (call.status !== 201) throw new Error(`call: ${call.status} ${JSON.stringify(call.body)}`);
  await api.request('POST', `/api/calls/${call.body.id}/publish`, { token: associationToken });
  return call.body.id;
}

/** An SME with a profile and a one-line plan (line id 'l1'). */
export async function applicant(api: TestApi, orgId: string, now: Date): Promise<Applicant> {
  const planId = await seedSme(api.deps, orgId, now);
  return { orgId, token: await api.tokenFor({ role: 'sme', orgId }), planId };
}

/** Submits the applicant's plan to the call; returns the application id. */
export async function applicationOf(
  api: TestApi,
  who: Applicant,
  callId: string,
  key: string,
): Promise<string> {
  const response = await api.request('POST', '/api/applications', {
    token: who.token,
    body: { planId: who.planId, callId, callVersion: 1 },
    headers: { 'idempotency-key': key },
  });
  if (response.status !== 201) throw new Error(`submit: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}
