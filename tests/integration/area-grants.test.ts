/**
 * Each API area runs as its own Lambda with only the DynamoDB actions infra grants it. This drives every
 * area through a whole journey on DynamoDB Local, records the actions each area really issues (through
 * the gateway's routing), and checks them against infra/lib/api-areas.ts both ways: nothing missing
 * (a deploy would fail with AccessDenied) and nothing granted that no route uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../functions/api/app-deps';
import { applicationsArea } from '../../functions/api/areas/applications-area';
import { callsArea } from '../../functions/api/areas/calls-area';
import { catalogueArea } from '../../functions/api/areas/catalogue-area';
import { plansArea } from '../../functions/api/areas/plans-area';
import { reviewsArea } from '../../functions/api/areas/reviews-area';
import { systemArea } from '../../functions/api/areas/system-area';
import { createBaseApp } from '../../functions/api/base-app';
import { consoleErrorLog } from '../../functions/api/error-log';
import { routeDocs } from '../../functions/api/route-docs';
import { seedCatalogue } from '../../functions/local/seed-catalogue';
import { API_AREAS, type ApiAreaSpec } from '../../infra/lib/api-areas';
import { milanRestaurant, milanRestaurantPlan, pidLombardiaRules } from '../../shared/fixtures/schemes';
import { gatewayAreaFor } from './support/gateway-routes';
import { createTestApi, type TestApi } from './support/test-api';

type AreaName = ApiAreaSpec['name'];
const areaApps: Record<AreaName, (deps: AppDeps) => { routes: { method: string; path: string }[] }> = {
  system: () => createBaseApp(consoleErrorLog).route('/', systemArea()),
  calls: (deps) => createBaseApp(consoleErrorLog).route('/', callsArea(deps)),
  catalogue: (deps) => createBaseApp(consoleErrorLog).route('/', catalogueArea(deps)),
  plans: (deps) => createBaseApp(consoleErrorLog).route('/', plansArea(deps)),
  applications: (deps) => createBaseApp(consoleErrorLog).route('/', applicationsArea(deps)),
  reviews: (deps) => createBaseApp(consoleErrorLog).route('/', reviewsArea(deps)),
};

describe('API areas', () => {
  it('route every documented operation to the one Lambda whose bundle serves it', () => {
    for (const doc of routeDocs) {
      const path = `/api${doc.path}`;
      const gatewayPath = path.replace(/:(\w+)/g, 'x-$1');
      const area = gatewayAreaFor(doc.method.toUpperCase(), gatewayPath);
      const served = areaApps[area]({} as AppDeps).routes.filter((r) => r.method !== 'ALL');
      expect(
        served.some((r) => r.method === doc.method.toUpperCase() && r.path === path),
        `${doc.method} ${path} → ${area}`,
      ).toBe(true);
    }
  });

  describe('DynamoDB actions', () => {
    const used = new Map<AreaName, Set<string>>();
    let current: AreaName | undefined;
    let api: TestApi;
    let association: string;
    let sme: string;
    let consultant: string;

    const send = async (method: string, path: string, token?: string, body?: unknown, key?: string) => {
      current = gatewayAreaFor(method, path);
      const response = await api.request(method, path, {
        token,
        body,
        headers: key ? { 'idempotency-key': key } : {},
      });
      current = undefined;
      expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body;
    };

    beforeAll(async () => {
      api = await createTestApi({
        now: () => new Date('2025-03-01T09:00:00Z'),
        onTableActions: (actions) => {
          if (!current) return;
          const set = used.get(current) ?? new Set();
          for (const action of actions) set.add(action);
          used.set(current, set);
        },
      });
      association = await api.tokenFor({ role: 'association', orgId: 'assoc-grants' });
      sme = await api.tokenFor({ role: 'sme', orgId: 'sme-grants' });
      consultant = await api.tokenFor({ role: 'consultant', orgId: 'studio-grants' });
    });
    afterAll(() => api.dispose());

    it('are exactly the ones infra grants each area', async () => {
      await send('GET', '/api/health');
      const draft = {
        title: 'PID',
        closesAt: '2025-06-30T12:00:00+02:00',
        timeZone: 'Europe/Rome',
        budgetCents: 100_000_00,
        rules: pidLombardiaRules,
      };
      const call = await send('POST', '/api/calls', association, draft);
      const edited = await send('PUT', `/api/calls/${call.id}`, association, { ...draft, revision: 1 });
      await send('POST', `/api/calls/${call.id}/validate`, association);
      const published = await send('POST', `/api/calls/${call.id}/publish`, association);
      expect(edited.revision).toBe(2);
      const erratum = await send('POST', `/api/calls/${call.id}/errata`, association, {
        revision: published.revision,
        rules: pidLombardiaRules,
        description: 'Clarifies the spend window wording.',
      });
      await send('GET', '/api/calls');
      // The catalogue holds what the daily import stored (seeded outside the recording).
      await seedCatalogue(api.deps.catalogue, new Date('2025-03-01T09:00:00Z'));
      await send('GET', '/api/catalogue?region=IT-25&q=digitale');
      await send('GET', '/api/catalogue/8368');
      await send('POST', '/api/catalogue/8368/adopt', association, {
        budgetCents: 100_000_00,
        closesAt: '2026-06-30T12:00:00+02:00',
      });
      await send('GET', `/api/calls/${call.id}`);
      await send('GET', `/api/calls/${call.id}/versions/1`);
      await send('GET', '/api/calls/mine', association);

      const { id: _c, ...profile } = milanRestaurant;
      await send('PUT', '/api/companies/mine', sme, { ...profile, revision: 0 });
      await send('GET', '/api/companies/mine', sme);
      const { id: _p, companyId: _o, ...plan } = milanRestaurantPlan;
      const created = await send('POST', '/api/plans', sme, plan);
      const planId = created.plan.id;
      await send('PUT', `/api/plans/${planId}`, sme, { ...plan, revision: created.revision });
      await send('GET', '/api/plans', sme);
      await send('GET', `/api/plans/${planId}`, sme);
      await send('GET', `/api/plans/${planId}/matches`, sme);
      await send('GET', `/api/plans/${planId}/eligibility/${call.id}`, sme);
      await send('GET', `/api/plans/${planId}/application-draft/${call.id}`, sme);

      const application = await send(
        'POST',
        '/api/applications',
        sme,
        { planId, callId: call.id, callVersion: erratum.version },
        'grants-key-0001',
      );
      await send('GET', '/api/applications', sme);
      await send('GET', `/api/applications/${application.id}`, sme);
      await send('GET', `/api/applications/${application.id}/audit`, sme);
      await send('PUT', '/api/consultancies/me', consultant, {
        name: 'Studio Grants',
        place: 'Milano',
        languages: ['it'],
        revision: 0,
      });
      await send('GET', '/api/consultancies/me', consultant);
      await send('GET', '/api/consultancies', sme);
      const review = await send('POST', `/api/applications/${application.id}/share`, sme, {
        consultantOrgId: 'studio-grants',
      });
      await send('GET', '/api/reviews', consultant);
      const opened = await send('GET', `/api/reviews/${review.id}`, consultant);
      let revision = opened.review.revision;
      for (const { lineId } of opened.application.report.lines) {
        const line = await send('PUT', `/api/reviews/${review.id}/lines/${lineId}`, consultant, {
          decision: 'accept',
          revision,
        });
        revision = line.revision;
      }
      const decided = await send('POST', `/api/reviews/${review.id}/decision`, consultant, {
        decision: 'approve',
        note: 'Eligible as reviewed.',
        revision,
      });
      await send('POST', `/api/reviews/${review.id}/sign`, consultant, { revision: decided.revision });
      await send('GET', `/api/reviews/${review.id}/verify`, sme);

      await send('GET', `/api/calls/${call.id}/applications`, association);
      await send('GET', `/api/calls/${call.id}/budget`, association);
      await send('GET', `/api/calls/${call.id}/audit`, association);
      await send('POST', `/api/applications/${application.id}/withdraw`, sme);
      await send('POST', `/api/calls/${call.id}/close`, association, { revision: erratum.revision });

      for (const area of API_AREAS) {
        const issued = [...(used.get(area.name) ?? [])].sort();
        expect(issued, `${area.name} issued ${issued}`).toEqual([...area.tableActions].sort());
      }
    });
  });
});
