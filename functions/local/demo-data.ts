/** Demo data for `npm start`: fixed ids make seeding idempotent, so restarts never duplicate it. */
import type { Call } from '../../shared/calls/call-schema';
import { zonedWallTimeToIso } from '../../shared/time/zoned-date-time';
import type { CallStore } from '../calls/call-store';
import { ConflictError } from '../data/store-errors';
import { demoUsers } from './demo-users';

const association = demoUsers.find((u) => u.role === 'association');

/** Noon local time on the last day of the month `monthsAhead` from `now`, so demo calls start open. */
function noonAtMonthEnd(now: Date, monthsAhead: number, timeZone: string): string {
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsAhead + 1, 0));
  return zonedWallTimeToIso(`${lastDay.toISOString().slice(0, 10)}T12:00`, timeZone);
}

export function demoCalls(now: Date): Call[] {
  const owner = association?.orgId ?? 'assoc-demo';
  const base = { ownerOrgId: owner, status: 'published', revision: 2 } as const;
  const stamp = now.toISOString();
  return [
    {
      ...base,
      id: '01DEMOCALL0000000000000001',
      title: 'Voucher Digitali I4.0 — Lombardia (demo)',
      description:
        'Grants of 50 % on consulting, training and technology for Industry 4.0 projects of micro, small and ' +
        'medium enterprises with a seat in Lombardy. Minimum investment €4,000; grant at most €10,000.',
      closesAt: noonAtMonthEnd(now, 3, 'Europe/Rome'),
      timeZone: 'Europe/Rome',
      budgetCents: 339_800_000,
      createdAt: stamp,
      publishedAt: stamp,
    },
    {
      ...base,
      id: '01DEMOCALL0000000000000002',
      title: 'KMO-portefeuille — opleiding en advies (demo)',
      description:
        'Subsidy for training and advice from registered providers for SMEs in the Flemish Region: 30 % for small ' +
        'and 20 % for medium enterprises, 45 % / 35 % for cybersecurity; at most €7,500 per year.',
      closesAt: noonAtMonthEnd(now, 5, 'Europe/Brussels'),
      timeZone: 'Europe/Brussels',
      budgetCents: 500_000_000,
      createdAt: stamp,
      publishedAt: stamp,
    },
  ];
}

/** Writes each demo call unless it is there already; returns how many were new. */
export async function seedDemoData(calls: CallStore, now: Date): Promise<number> {
  let created = 0;
  for (const call of demoCalls(now)) {
    try {
      await calls.create(call);
      created += 1;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return created;
}
