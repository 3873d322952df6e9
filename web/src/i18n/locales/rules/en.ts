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
  figures: {
    legend: 'Key figures',
    hint: 'Change the usual figures here; they are written into the rules below. Money in euros, rates in %.',
    unreadable:
      'The rules below are not valid JSON, so the key figures cannot be shown: fix the JSON or start from a scheme.',
    rate: 'Grant rate (%)',
    minProject: 'Minimum project cost (€)',
    maxProject: 'Maximum project cost (€)',
    maxGrant: 'Maximum grant (€)',
    spendFrom: 'Spending period from',
    spendTo: 'Spending period to',
    regions: 'Regions that may apply (codes, comma-separated; empty = anywhere)',
    category: 'Category: {{name}}',
    categoryRate: 'Own grant rate (%; empty = the call’s rate)',
    categoryCap: 'Cap (€; empty = no cap)',
    problems: {
      money: 'Enter an amount in euros, e.g. 1500 or 1.500,50.',
      percent: 'Enter a percentage from 0 to 100, e.g. 50 or 37,5.',
      date: 'Enter a date as YYYY-MM-DD.',
      required: 'This figure is required.',
    },
  },
};

export type Messages = typeof messages;
