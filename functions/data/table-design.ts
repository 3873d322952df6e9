/**
 * The single-table key design. Every access pattern is a GetItem or a Query on a named key; none
 * needs a Scan. Keep in sync with infra (a test compares them) and ARCHITECTURE.md.
 *
 * AP1 Call by id:                        pk=CALL#<id>           sk=CALL
 * AP1b A published version of a call:    pk=CALL#<id>           sk=VERSION#<nnnn>
 * AP2 Open calls by deadline (public):   GSI1 gsi1pk=CALLS#PUBLISHED gsi1sk=<closesAtUtc>#<id>
 * AP3 An organisation's calls, newest:   GSI2 gsi2pk=ORG#<orgId>      gsi2sk=CALL#<createdAt>#<id>
 * AP4 A company's profile:               pk=COMPANY#<orgId>     sk=PROFILE
 * AP5 A company's plans:                 pk=COMPANY#<orgId>     sk begins_with PLAN#
 * AP6 A company's applications:          pk=COMPANY#<orgId>     sk begins_with APP#
 * AP7 A call's applications by receipt:  GSI1 gsi1pk=CALLAPPS#<callId> gsi1sk=<receipt no., 10 digits>
 * AP8 A call's budget and receipts:      pk=CALL#<id>           sk=BUDGET
 * AP9 An idempotency key:                pk=IDEM#<orgId>#<key>  sk=IDEM (expires by TTL)
 * AP10 A resource's audit trail:         pk=AUDIT#<type>#<id>   sk=<at>#<ulid>
 * AP11 A review by id:                   pk=REVIEW#<id>         sk=REVIEW
 * AP12 A consultant's review queue:      GSI2 gsi2pk=ORG#<consultantOrgId> gsi2sk=REVIEW#<createdAt>#<id>
 * AP13 The one review of an application: pk=APPREVIEW#<applicationId> sk=REVIEW (claimed with the review)
 * AP14 An organisation's rate counter:    pk=RATE#<orgId>#<action>#<windowStart> sk=RATE (expires by TTL)
 * AP15 A company's one live application to a call: pk=COMPANY#<orgId> sk=CALLAPP#<callId> (claimed on submit)
 * AP16 Claims of submits in progress past their deadline (reconciler): GSI2 gsi2pk=CLAIMS#<0..7>
 *      gsi2sk=<deadline>#<orgId>#<callId> (sparse: removed when the application is written)
 * AP17 A call's waitlist in receipt order: GSI2 gsi2pk=WAITLIST#<callId> gsi2sk=<receipt no., 10 digits>
 *      (sparse: only waitlisted applications)
 * AP18 Calls with grants freed for their waitlist: GSI2 gsi2pk=FREED gsi2sk=<callId> (sparse, on AP8)
 * AP19 A consultancy's directory listing: pk=CONSULTANCY#<orgId> sk=LISTING
 * AP20 The consultancy directory by name: GSI1 gsi1pk=CONSULTANCIES gsi1sk=<folded name>#<orgId>
 * AP21 A catalogue entry (and AP21b its versions), AP22 every entry of a source: catalogue-keys.ts
 * AP23 Has any open call changed? pk=CALLS#PUBLISHED sk=CHANGES (a counter every write of a
 *      non-draft call adds 1 to, in its transaction: warm functions' match indexes compare it)
 * AP24 Where each waitlisted applicant stands: GSI3 gsi3pk=WAITLIST#<callId> gsi3sk=<receipt no., 10 digits>
 *      (sparse like AP17, but projecting only the grant asked: an entry is ~100 bytes, not the whole
 *      application, so reading a call's queue costs little; AP17 stays for promotion, which needs the
 *      applications themselves)
 */
export const tableDesign = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: {
    byDeadline: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    byOwner: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    waitlistQueue: {
      name: 'gsi3',
      partitionKey: 'gsi3pk',
      sortKey: 'gsi3sk',
      projected: ['requestedGrantCents'],
    },
  },
} as const;

/**
 * A name as the directory sorts it: accents and case folded, so "Ébano" files under E beside "eco",
 * not after every plain Z (DynamoDB compares sort keys byte by byte). Cut to 200 characters, because folding can multiply a
 * character (one U+FDFA becomes 18) and a sort key over 1,024 bytes is refused by DynamoDB; names that
 * share their first 200 folded characters sort by organisation id.
 */
function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 200);
}

export const keys = {
  call: (id: string) => ({ pk: `CALL#${id}`, sk: 'CALL' }),
  callVersion: (id: string, version: number) => ({
    pk: `CALL#${id}`,
    sk: `VERSION#${String(version).padStart(4, '0')}`,
  }),
  publishedCalls: () => 'CALLS#PUBLISHED',
  publishedCallSort: (closesAtUtc: string, id: string) => `${closesAtUtc}#${id}`,
  openCallChanges: () => ({ pk: 'CALLS#PUBLISHED', sk: 'CHANGES' }),
  org: (orgId: string) => `ORG#${orgId}`,
  orgCallSort: (createdAt: string, id: string) => `CALL#${createdAt}#${id}`,
  companyProfile: (orgId: string) => ({ pk: `COMPANY#${orgId}`, sk: 'PROFILE' }),
  plan: (orgId: string, planId: string) => ({ pk: `COMPANY#${orgId}`, sk: `PLAN#${planId}` }),
  planPrefix: 'PLAN#',
  application: (orgId: string, applicationId: string) => ({
    pk: `COMPANY#${orgId}`,
    sk: `APP#${applicationId}`,
  }),
  applicationPrefix: 'APP#',
  applicationSlot: (orgId: string, callId: string) => ({ pk: `COMPANY#${orgId}`, sk: `CALLAPP#${callId}` }),
  callApplications: (callId: string) => `CALLAPPS#${callId}`,
  receiptSort: (receiptNo: number) => String(receiptNo).padStart(10, '0'),
  budget: (callId: string) => ({ pk: `CALL#${callId}`, sk: 'BUDGET' }),
  claimShards: 8,
  claims: (shard: number) => `CLAIMS#${shard}`,
  claimSort: (deadline: string, orgId: string, callId: string) => `${deadline}#${orgId}#${callId}`,
  waitlist: (callId: string) => `WAITLIST#${callId}`,
  freedBudgets: 'FREED',
  idempotency: (orgId: string, key: string) => ({ pk: `IDEM#${orgId}#${key}`, sk: 'IDEM' }),
  review: (id: string) => ({ pk: `REVIEW#${id}`, sk: 'REVIEW' }),
  reviewQueueSort: (createdAt: string, id: string) => `REVIEW#${createdAt}#${id}`,
  applicationReview: (applicationId: string) => ({ pk: `APPREVIEW#${applicationId}`, sk: 'REVIEW' }),
  rateCounter: (orgId: string, action: string, windowStart: string) => ({
    pk: `RATE#${orgId}#${action}#${windowStart}`,
    sk: 'RATE',
  }),
  consultancy: (orgId: string) => ({ pk: `CONSULTANCY#${orgId}`, sk: 'LISTING' }),
  consultancyDirectory: 'CONSULTANCIES',
  consultancyDirectorySort: (name: string, orgId: string) => `${foldName(name)}#${orgId}`,
  auditPartition: (resource: string, id: string) => `AUDIT#${resource}#${id}`,
  audit: (resource: string, id: string, at: string, entryId: string) => ({
    pk: `AUDIT#${resource}#${id}`,
    sk: `${at}#${entryId}`,
  }),
} as const;
