/**
 * What every ReviewStore adapter does, run against each: in memory (unit project, no JVM) and on
 * DynamoDB Local (integration project). An application is reviewed once, ever; the queue is the
 * consultancy's own, newest first; edits go over the revision read; sign-off freezes the review and
 * stamps its outcome on the application in one step, once.
 */
import { describe, expect, it } from 'vitest';
import type { Review, ReviewOutcome } from '../../shared/reviews/review-schema';
import { type ClickDayStores, submit } from '../applications/click-day-stores.contract';
import { ConflictError, InvalidCursorError } from '../data/store-errors';
import type { ReviewStore } from './review-store';

export interface ReviewStores extends ClickDayStores {
  reviews: ReviewStore;
}

function review(i: number, applicationId: string, companyId: string, consultantOrgId = 'studio-a'): Review {
  return {
    id: `REV${String(i).padStart(23, '0')}`,
    applicationId,
    companyId,
    callId: 'CALL1',
    consultantOrgId,
    status: 'open',
    lines: {},
    createdAt: `2026-03-10T09:0${i}:00.000Z`,
    revision: 1,
  };
}

export function reviewStoreContract(adapter: string, make: () => Promise<ReviewStores>): void {
  describe(`ReviewStore contract: ${adapter}`, () => {
    it('reviews an application once, ever: a second review of it is refused and leaves nothing', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 10_000_00);
      const application = await submit(stores, 1);
      const first = review(1, application.id, application.companyId);
      await stores.reviews.create(first);
      const second = review(2, application.id, application.companyId, 'studio-b');
      await expect(stores.reviews.create(second)).rejects.toBeInstanceOf(ConflictError);
      expect(await stores.reviews.get(second.id)).toBeUndefined();
      expect(await stores.reviews.idForApplication(application.id)).toBe(first.id);
      expect(await stores.reviews.get(first.id)).toEqual(first);
      expect((await stores.reviews.listForConsultant('studio-b', { limit: 10 })).items).toEqual([]);
    });

    it('lists a consultancy’s own queue newest first, a page at a time, refusing another list’s cursor', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 10_000_00);
      for (let i = 1; i <= 3; i++) {
        const application = await submit(stores, i);
        await stores.reviews.create(review(i, application.id, application.companyId));
      }
      const other = await submit(stores, 4);
      await stores.reviews.create(review(4, other.id, other.companyId, 'studio-b'));
      const page = await stores.reviews.listForConsultant('studio-a', { limit: 2 });
      expect(page.items.map((r) => r.id)).toEqual([review(3, '', '').id, review(2, '', '').id]);
      const rest = await stores.reviews.listForConsultant('studio-a', { limit: 2, cursor: page.cursor });
      expect(rest.items.map((r) => r.id)).toEqual([review(1, '', '').id]);
      expect(rest.cursor).toBeUndefined();
      await expect(
        stores.reviews.listForConsultant('studio-b', { limit: 2, cursor: page.cursor }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it('replaces a review only over the revision read', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 10_000_00);
      const application = await submit(stores, 1);
      const open = review(1, application.id, application.companyId);
      await stores.reviews.create(open);
      const edited = { ...open, note: 'Checked', revision: 2 };
      await stores.reviews.replace(edited, 1);
      await expect(stores.reviews.replace({ ...open, note: 'Late', revision: 2 }, 1)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await stores.reviews.get(open.id))?.note).toBe('Checked');
    });

    it('signs once: the review frozen, its outcome stamped on the application with an audit entry', async () => {
      const stores = await make();
      await stores.budgets.open('CALL1', 10_000_00);
      const application = await submit(stores, 1);
      const open = review(1, application.id, application.companyId);
      await stores.reviews.create(open);
      const signed: Review = {
        ...open,
        status: 'signed',
        decision: 'approve',
        signedAt: '2026-03-11T10:00:00.000Z',
        contentHash: 'sha256:x',
        revision: 2,
      };
      const outcome: ReviewOutcome = {
        reviewId: open.id,
        decision: 'approve',
        signedAt: signed.signedAt as string,
        contentHash: 'sha256:x',
      };
      const audit = {
        resource: 'application' as const,
        resourceId: application.id,
        at: '2026-03-11T10:00:00.000Z',
        actor: { sub: 'c', orgId: 'studio-a', roles: ['consultant'] },
        action: 'review_signed',
        changes: {},
      };
      // Over a stale revision: refused, the application untouched.
      await expect(stores.reviews.sign(signed, 2, outcome, audit)).rejects.toBeInstanceOf(ConflictError);
      expect((await stores.applications.get(application.companyId, application.id))?.review).toBeUndefined();
      await stores.reviews.sign(signed, 1, outcome, audit);
      const stamped = await stores.applications.get(application.companyId, application.id);
      expect(stamped).toMatchObject({ review: outcome, revision: application.revision + 1 });
      expect(await stores.reviews.get(open.id)).toMatchObject({ status: 'signed', revision: 2 });
      await expect(stores.reviews.sign({ ...signed, revision: 3 }, 2, outcome, audit)).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect((await stores.audit.list('application', application.id)).map((e) => e.action)).toEqual([
        'submitted',
        'review_signed',
      ]);
    });
  });
}
