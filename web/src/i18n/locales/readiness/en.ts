/** English, readiness namespace: loaded with its page only. Its shape is the type the other languages match. */
export const messages = {
  title: 'Digital readiness self-check',
  intro: 'Ten minutes, no account needed. Your answers stay on this device.',
  strategy: 'Three questions first',
  maturity: 'Where you are today',
  levels: 'Choose the answer closest to you',
  questions: {
    security: 'Backups and sign-in security',
    data: 'Where your customer and sales data lives',
    'customers-online': 'How customers find and reach you online',
    processes: 'How you handle orders and invoices',
    skills: 'Digital skills in the team',
  },
  answers: {
    security: [
      'No backups',
      'Occasional manual backups',
      'Automatic backups',
      'Automatic backups, two-factor sign-in, restores tested',
    ],
    data: [
      'On paper',
      'In spreadsheets',
      'In a management program',
      'In connected systems (CRM, accounts, shop)',
    ],
    'customers-online': [
      'Not at all',
      'A social-media page',
      'A website',
      'Online booking or an online shop',
    ],
    processes: ['On paper', 'PDFs by email', 'E-invoicing', 'Orders, stock and accounts linked'],
    skills: ['Nobody feels confident', 'One person', 'Several people', 'A training plan for everyone'],
  },
  score: 'Readiness: {{score}} / 100',
  stepsTitle: 'Small first steps',
  noSteps: 'Answer the questions to see your first steps; areas already in place need none.',
  steps: {
    security:
      'Turn on automatic daily backups and two-factor sign-in; have a consultant check what is exposed.',
    data: 'Move customer and sales records from paper or spreadsheets into one cloud tool (a simple CRM).',
    'customers-online': 'Get a clear website with your opening hours, prices and a way to book or order.',
    processes: 'Send and receive invoices electronically, linked to your accounts.',
    skills: 'Train the people who will use the new tools, starting with whoever pulls the cart.',
  },
  startPlan: 'Start a plan with these answers',
};

export type Messages = typeof messages;
