// TEMPORARY reviewer probe: deleted after the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const listing = { name: 'Studio Probe', place: 'Milano', languages: ['it'], description: '' };
const out: Record<string, unknown> = {};

describe('probe', () => {
  let api: TestApi;
  let consultant: string;
  let sme: Applicant;
  let callId: string;
  let association: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    api.deps.log = { error: (...a: unknown[]) => console.log('LOGGED ERROR', JSON.stringify(a).slice(0, 400)) };
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'consultant-probe' });
    sme = await applicant(api, 'sme-probe', NOW);
    association = await api.tokenFor({ role: 'association', orgId: 'assoc-probe' });
    callId = await publishedCall(api, association, 'probe');
  });
  afterAll(async () => {
    console.log('PROBE RESULTS\n' + JSON.stringify(out, null, 1));
    await api.dispose();
  });

  it('listing inputs', async () => {
    const bodies: Record<string, unknown> = {
      hugeName: { ...listing, name: 'x'.repeat(50_000), revision: 0 },
      nameNumber: { ...listing, name: 12, revision: 0 },
      langString: { ...listing, languages: 'it', revision: 0 },
      langXX: { ...listing, languages: ['xx'], revision: 0 },
      langDup: { ...listing, languages: ['it', 'it'], revision: 0 },
      blankName: { ...listing, name: '    ', revision: 0 },
      unknown: { ...listing, website: 'x', revision: 0 },
      revNeg: { ...listing, revision: -1 },
      revFrac: { ...listing, revision: 1.5 },
      revStr: { ...listing, revision: '0' },
      revHuge: { ...listing, revision: 1e20 },
      revMaxSafe: { ...listing, revision: Number.MAX_SAFE_INTEGER },
      nul: { ...listing, description: 'a\u0000b', revision: 0 },
      loneSurrogate: `{"name":"ab\\ud800","place":"Milano","languages":["it"],"revision":0}`,
      nullBody: 'null',
      arrayBody: '[]',
      notJson: '{name:',
      expandingName: { ...listing, name: '\uFDFA'.repeat(60), revision: 0 },
    };
    for (const [k, body] of Object.entries(bodies)) {
      const r = await api.request('PUT', '/api/consultancies/me', { token: consultant, body });
      out[`PUT listing ${k}`] = [r.status, JSON.stringify(r.body).slice(0, 300)];
    }
    const me = await api.request('GET', '/api/consultancies/me', { token: consultant });
    out['GET me after'] = [me.status, JSON.stringify(me.body).slice(0, 200)];
    const dir = await api.request('GET', '/api/consultancies', { token: sme.token });
    out['GET dir after'] = [dir.status, JSON.stringify(dir.body).slice(0, 300)];
  });

  it('directory cursors and query', async () => {
    const b = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const cursors: Record<string, string> = {
      emptyKeys: b({ pk: '', sk: '', gsi1pk: 'CONSULTANCIES', gsi1sk: '' }),
      emptySk: b({ pk: 'CONSULTANCY#x', sk: 'LISTING', gsi1pk: 'CONSULTANCIES', gsi1sk: '' }),
      otherItem: b({ pk: 'COMPANY#sme-probe', sk: 'PROFILE', gsi1pk: 'CONSULTANCIES', gsi1sk: 'a' }),
      garbage: '!!!!',
      arrayJson: b([1]),
      numberVals: b({ pk: 1, sk: 2, gsi1pk: 'CONSULTANCIES', gsi1sk: 3 }),
    };
    for (const [k, c] of Object.entries(cursors)) {
      const r = await api.request('GET', `/api/consultancies?cursor=${encodeURIComponent(c)}`, { token: sme.token });
      out[`cursor ${k}`] = [r.status, JSON.stringify(r.body).slice(0, 300)];
    }
    for (const q of ['limit=0', 'limit=abc', 'limit=101', 'foo=1', 'limit=1&limit=2']) {
      const r = await api.request('GET', `/api/consultancies?${q}`, { token: sme.token });
      out[`query ${q}`] = [r.status, JSON.stringify(r.body).slice(0, 200)];
    }
  });

  it('listing with an org id the share schema refuses', async () => {
    const odd = await api.tokenFor({ role: 'consultant', orgId: 'Studio_Odd' });
    const put = await api.request('PUT', '/api/consultancies/me', {
      token: odd,
      body: { name: 'Aardvark Odd', place: 'Roma', languages: ['it'], revision: 0 },
    });
    out['odd org listing'] = [put.status];
    const dir = await api.request('GET', '/api/consultancies', { token: sme.token });
    out['odd in directory'] = dir.body.items.map((c: { id: string }) => c.id);
    const appId = await applicationOf(api, sme, callId, 'probe-key-0000001');
    const share = await api.request('POST', `/api/applications/${appId}/share`, {
      token: sme.token,
      body: { consultantOrgId: 'Studio_Odd' },
    });
    out['share to odd'] = [share.status, JSON.stringify(share.body)];
  });

  it('reviews: line ids, amounts, exposure', async () => {
    await seedConsultancy(api.deps, 'consultant-probe2', NOW, 'Probe Two');
    const c2 = await api.tokenFor({ role: 'consultant', orgId: 'consultant-probe2' });
    const sme2 = await applicant(api, 'sme-probe2', NOW);
    const appId = await applicationOf(api, sme2, callId, 'probe-key-0000002');
    const shared = await api.request('POST', `/api/applications/${appId}/share`, {
      token: sme2.token,
      body: { consultantOrgId: 'consultant-probe2' },
    });
    out['share'] = [shared.status, JSON.stringify(shared.body).slice(0, 400)];
    const id = shared.body.id;
    const rev = async () => (await api.deps.reviews.get(id))?.revision ?? 0;
    for (const lineId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '%5F%5Fproto%5F%5F', 'l1.x', 'x'.repeat(65)]) {
      const r = await api.request('PUT', `/api/reviews/${id}/lines/${lineId}`, {
        token: c2,
        body: { decision: 'accept', revision: await rev() },
      });
      out[`line ${lineId}`] = [r.status, JSON.stringify(r.body).slice(0, 200)];
    }
    for (const [k, cents] of Object.entries({ above: 2_000_01, huge: 1e20, frac: 1.5, neg: -1, str: '5', exact: 2_000_00 })) {
      const r = await api.request('PUT', `/api/reviews/${id}/lines/l1`, {
        token: c2,
        body: { decision: 'override', eligibleCents: cents, reason: 'Because of article 5.', revision: await rev() },
      });
      out[`override ${k}`] = [r.status, JSON.stringify(r.body).slice(0, 250)];
    }
    const ov = await api.request('PUT', `/api/reviews/${id}/lines/l1`, {
      token: c2,
      body: { decision: 'override', eligibleCents: 500_00, reason: 'Only part of it counts.', revision: await rev() },
    });
    out['override 500'] = [ov.status, JSON.stringify(ov.body.reviewed?.report?.totals)];
    const opened = await api.request('GET', `/api/reviews/${id}`, { token: c2 });
    out['consultant sees application keys'] = Object.keys(opened.body.application);
    out['consultant expenses'] = opened.body.application.expenses;
    const listed = await api.request('GET', `/api/calls/${callId}/applications`, { token: association });
    out['association sees keys'] = Object.keys(listed.body.items[0]);
    // SME review read before signing, other roles
    for (const [who, tok] of [['sme', sme2.token], ['consultant', c2], ['assoc', association], ['othersme', sme.token]] as const) {
      const r = await api.request('GET', `/api/applications/${appId}/review`, { token: tok });
      out[`review read ${who} (unsigned)`] = r.status;
    }
    await api.request('POST', `/api/reviews/${id}/decision`, { token: c2, body: { decision: 'approve', note: 'ok', revision: await rev() } });
    const signed = await api.request('POST', `/api/reviews/${id}/sign`, { token: c2, body: { revision: await rev() } });
    out['sign'] = [signed.status, signed.body.integrity, JSON.stringify(signed.body.reviewed?.report?.totals)];
    const after = await api.request('PUT', `/api/reviews/${id}/lines/l1`, {
      token: c2,
      body: { decision: 'accept', revision: await rev() },
    });
    out['change after sign'] = after.status;
    const read = await api.request('GET', `/api/applications/${appId}/review`, { token: sme2.token });
    out['sme read signed'] = [read.status, read.body.review?.integrity, Object.keys(read.body.application ?? {})];
    const audit = await api.request('GET', `/api/applications/${appId}/audit`, { token: sme2.token });
    out['audit'] = JSON.stringify(audit.body).slice(0, 1500);
    const callAudit = await api.request('GET', `/api/calls/${callId}/audit`, { token: association });
    out['call audit has evaluatedWith'] = JSON.stringify(callAudit.body).includes('evaluatedWith');
    out['call audit has Laptops'] = JSON.stringify(callAudit.body).includes('sectorCode');
    const queue = await api.request('GET', '/api/reviews', { token: c2 });
    out['queue has evaluatedWith'] = JSON.stringify(queue.body).includes('evaluatedWith');
    expect(true).toBe(true);
  });
});
