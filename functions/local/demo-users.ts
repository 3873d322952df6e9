/** The demo sign-ins `npm start` prints; they exist only on the local dev issuer, never on AWS. */
import type { Role } from '../../shared/auth/roles';

export interface DemoUser {
  sub: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  orgName: string;
  /** Like a user an administrator created in Cognito: the first sign-in must choose a new password. */
  mustChoosePassword?: boolean;
}

export const DEMO_PASSWORD = 'grantfit-demo';

export const demoUsers: readonly DemoUser[] = [
  {
    sub: 'demo-association-anna',
    email: 'anna@associazione.example',
    name: 'Anna Ferri',
    role: 'association',
    orgId: 'assoc-imprese-digitali',
    orgName: 'Associazione Imprese Digitali',
  },
  {
    sub: 'demo-sme-marco',
    email: 'marco@bottega-rossi.example',
    name: 'Marco Rossi',
    role: 'sme',
    orgId: 'sme-bottega-rossi',
    orgName: 'Bottega Rossi srl',
  },
  {
    sub: 'demo-consultant-giulia',
    email: 'giulia@studio-bianchi.example',
    name: 'Giulia Bianchi',
    role: 'consultant',
    orgId: 'consultant-studio-bianchi',
    orgName: 'Studio Bianchi',
  },
  {
    sub: 'demo-association-paolo',
    email: 'paolo@associazione.example',
    name: 'Paolo Neri',
    role: 'association',
    orgId: 'assoc-imprese-digitali',
    orgName: 'Associazione Imprese Digitali',
    mustChoosePassword: true,
  },
];
