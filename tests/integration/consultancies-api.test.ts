/**
 * The consultancy directory: each consultancy keeps its own listing (conditional on its revision), SMEs
 * read the directory by name a page at a time, and sharing only goes to a listed consultancy — the review
 * then names the company, so the consultant never reads an organisation id.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/data/table-design';
import { seedConsultancy } from './support/seed';
import { type Applicant, applicant, applicationOf, publishedCall } from './support/shared-application';
import { createTestApi, type TestApi } from './support/test-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const listing = {
  name: 'Studio Bianchi',
  place: 'Milano, Lombardia',
  languages: ['it', 'en'],
  description: 'Grant advice for shops and workshops.',
};

describe('consultancy directory', () => {
  let api: TestApi;
  let consultant: string;
  let sme: Applicant;
  let callId: string;

  beforeAll(async () => {
    api = await createTestApi({ now: () => NOW });
    consultant = await api.tokenFor({ role: 'consultant', orgId: 'consultant-bianchi' });
    sme = await applicant(api, 'sme-directory', NOW);
    callId = await publishedCall(
      api,
      await api.tokenFor({ role: 'association', orgId: 'assoc-directory' }),
      'directory',
    );
  });
  afterAll(() => api.dispose());

  it('lets a consultancy list itself, read its listing and edit it at the revision it read', async () => {
    const before = await api.request('GET', '/api/consultancies/me', { token: consultant });
    expect(before.status).toBe(404);
    const created = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, revision: 0 },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      consultancy: { id: 'consultant-bianchi', ...listing },
      revision: 1,
    });
    const read = await api.request('GET', '/api/consultancies/me', { token: consultant });
    expect(read.body).toEqual(created.body);

    const edited = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, place: 'Bergamo', revision: 1 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.revision).toBe(2);

    // A second tab still at revision 1 loses the race and gets the stored listing back.
    const stale = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, place: 'Como', revision: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.current).toMatchObject({ consultancy: { place: 'Bergamo' }, revision: 2 });
    const restore = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, revision: 2 },
    });
    expect(restore.status).toBe(200);
  });

  it('refuses a listing without a language, or with an id in the body, at the field', async () => {
    const noLanguage = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, languages: [], revision: 3 },
    });
    expect(noLanguage.status).toBe(400);
    expect(noLanguage.body.error.fields).toEqual([
      { path: 'languages', message: 'must name at least one language' },
    ]);
    const someoneElse = await api.request('PUT', '/api/consultancies/me', {
      token: consultant,
      body: { ...listing, id: 'consultant-other', revision: 3 },
    });
    expect(someoneElse.status).toBe(400);
    expect(someoneElse.body.error.fields).toEqual([{ path: 'id', message: 'is not a known field' }]);
  });

  it('shows SMEs the directory by name, accents and case aside, a page at a time', async () => {
    await seedConsultancy(api.deps, 'consultant-peeters', NOW, 'adviesbureau Peeters');
    await seedConsultancy(api.deps, 'consultant-ebano', NOW, 'Ébano Consulenza');
    await seedConsultancy(api.deps, 'consultant-zeta', NOW, 'Zeta Advisors');
    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.request(
        'GET',
        `/api/consultancies?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: sme.token },
      );
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      names.push(...page.body.items.map((c: { name: string }) => c.name));
      cursor = page.body.cursor;
    } while (cursor);
    expect(names).toEqual(['adviesbureau Peeters', 'Ébano Consulenza', 'Studio Bianchi', 'Zeta Advisors']);

    const forged = Buffer.from(JSON.stringify({ pk: 'x', sk: 'y', gsi1pk: 'CALLS#PUBLISHED', gsi1sk: 'z' }));
    const refused = await api.request('GET', `/api/consultancies?cursor=${forged.toString('base64url')}`, {
      token: sme.token,
    });
    expect(refused.status).toBe(400);
  });

  it('moves a renamed consultancy to its new place in the directory', async () => {
    const zeta = await api.tokenFor({ role: 'consultant', orgId: 'consultant-zeta' });
    const renamed = await api.request('PUT', '/api/consultancies/me', {
      token: zeta,
      body: { name: 'Alfa Advisors', place: 'Torino', languages: ['it'], revision: 1 },
    });
    expect(renamed.status).toBe(200);
    const page = await api.request('GET', '/api/consultancies', { token: sme.token });
    expect(page.body.items.map((c: { id: string }) => c.id)).toEqual([
      'consultant-peeters',
      'consultant-zeta',
      'consultant-ebano',
      'consultant-bianchi',
    ]);
  });

  it('refuses to share with a consultancy that is not listed (422 at consultantOrgId), and shares nothing', async () => {
    const applicationId = await applicationOf(api, sme, callId, 'directory-key-0001');
    const unknown = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme.token,
      body: { consultantOrgId: 'consultant-nobody' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({
      code: 'unknown_consultancy',
      fields: [
        {
          path: 'consultantOrgId',
          message: 'is not a consultancy listed on GrantFit; pick one from the list',
        },
      ],
    });
    expect(await api.deps.reviews.idForApplication(applicationId)).toBeUndefined();

    const shared = await api.request('POST', `/api/applications/${applicationId}/share`, {
      token: sme.token,
      body: { consultantOrgId: 'consultant-bianchi' },
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ companyName: 'sme-directory', consultancyName: 'Studio Bianchi' });
  });

  it("names the company of a review stored before names were kept, from the company's profile", async () => {
    const [first] = (await api.request('GET', '/api/reviews', { token: consultant })).body.items;
    await api.db.send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: keys.review(first.id),
        UpdateExpression: 'REMOVE companyName',
      }),
    );
    expect((await api.deps.reviews.get(first.id))?.companyName).toBeUndefined();
    const queue = await api.request('GET', '/api/reviews', { token: consultant });
    expect(queue.body.items[0].companyName).toBe('sme-directory');
    const opened = await api.request('GET', `/api/reviews/${first.id}`, { token: consultant });
    expect(opened.body.review.companyName).toBe('sme-directory');
  });
});
