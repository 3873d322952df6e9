/**
 * The id that orders audit entries written at the same instant (their sort key is `<at>#<id>`). A plain
 * ULID orders by the millisecond it was made and then at random, so two entries made within one
 * millisecond could read back in either order; ids from ulid's monotonic factory grow within a
 * millisecond, so the entries one process (one Lambda execution environment) writes read back in the
 * order written. Entries written by two processes in the same millisecond have no order to keep.
 */
import { monotonicFactory } from 'ulid';

export const nextAuditEntryId = monotonicFactory();
