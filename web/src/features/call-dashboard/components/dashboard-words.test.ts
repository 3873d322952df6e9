import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../../../../shared/applications/application-schema';
import { messages as partsEn } from '../../../i18n/locales/parts/en';
import { labelsIn } from '../../../lib/labels';
import { dashboardWords } from './dashboard-words';

const application = (over: Partial<Application>): Application =>
  ({ status: 'reserved', requestedGrantCents: 3_050_00, reservedCents: 3_050_00, ...over }) as Application;
const approved = (grantCents: number) => ({ decision: 'approve', grantCents }) as Application['review'];

describe('the dashboard’s reviewed grant', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ lng: 'en', resources: { en: { translation: partsEn } } });
  });
  const words = () =>
    dashboardWords(t.t, 'en', labelsIn('en'), { categories: [] }, (cents) => `€${(cents / 100).toFixed(2)}`);

  it('says by how much a signed grant passes the budget reserved for the application', () => {
    expect(words().reviewedGrant(application({ review: approved(3_550_00) }))).toBe(
      '€3550.00 (€500.00 more than reserved)',
    );
  });

  it('is the grant alone when the reservation covers it, and nothing without a signed grant', () => {
    expect(words().reviewedGrant(application({ review: approved(3_050_00) }))).toBe('€3050.00');
    expect(words().reviewedGrant(application({ review: approved(2_000_00) }))).toBe('€2000.00');
    // Waitlisted: nothing is reserved yet, so nothing is passed.
    expect(words().reviewedGrant(application({ reservedCents: 0, review: approved(3_550_00) }))).toBe(
      '€3550.00',
    );
    expect(words().reviewedGrant(application({}))).toBe('');
  });
});
