/**
 * The id that orders audit entries written at the same instant (their sort key is `<at>#<id>`). A plain
 * ULID's random part would put two entries of one millisecond in a random order; ids from ulid's
 * monotonic factory grow within a millisecond, so entries one function writes at the same instant
 * (several in one transaction, or two requests within a millisecond) read back in the order written.
 * Entries written by two functions in the same millisecond have no order to keep.
 */
import { monotonicFactory } from 'ulid';

export const nextAuditEntryId = monotonicFactory();
