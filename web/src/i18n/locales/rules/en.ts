/** English, rules namespace: loaded with its page only. Its shape is the type the other languages match. */
export const messages = {
  loading: 'Loading…',
  title: 'Rules of {{title}}',
  notFound: 'You have no call with this id.',
  draftIntro:
    'Write the rules the engine checks every plan against. Nothing is published until you publish the call.',
  erratumIntro:
    'This call is published (version {{version}}). Saving issues an erratum: a new version; applications keep the version they were checked against.',
  template: 'Start from a real scheme',
  templateNone: 'Keep the current rules',
  json: 'Rules (JSON)',
  jsonHint:
    'Money in cents, rates in basis points (50 % = 5000), dates as YYYY-MM-DD; every rule cites its article.',
  check: 'Check the rules',
  problems_one: '{{count}} problem to fix:',
  problems_other: '{{count}} problems to fix:',
  valid: 'The rules are valid: preview',
  sample: 'Sample company and plan',
  previewGrant: 'This sample would get {{grant}} on {{eligible}} of eligible spend.',
  previewCannotApply: 'This sample cannot apply.',
  description: 'Call description after the erratum',
  descriptionHint: 'Say what changed and from when.',
  confirmErratum: 'Issue this erratum as a new version of the call? SMEs see it at once.',
  issueErratum: 'Issue the erratum',
  saveDraft: 'Save the rules in the draft',
  erratumIssued: 'Erratum issued: the call is now at version {{version}}.',
  draftSaved: 'Rules saved in the draft.',
};

export type Messages = typeof messages;
