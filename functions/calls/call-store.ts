/** The port the call routes talk to; DynamoCallStore is the adapter. */
import type { Call } from '../../shared/calls/call-schema';
import type { Page } from '../data/page-cursor';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface CallStore {
  /** ConflictError when a call with this id exists already. */
  create(call: Call): Promise<void>;
  get(id: string): Promise<Call | undefined>;
  /** Writes `next` only if the stored call still has `expectedRevision`; otherwise ConflictError. */
  replace(next: Call, expectedRevision: number): Promise<void>;
  listPublishedClosingAfter(instantUtc: string, page: PageRequest): Promise<Page<Call>>;
  listByOwner(orgId: string, page: PageRequest): Promise<Page<Call>>;
}
