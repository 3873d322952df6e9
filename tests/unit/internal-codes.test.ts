/** The e2e check for internal codes in visible text: it must find each kind of code, and no prose. */
import { describe, expect, it } from 'vitest';
import { internalCodesIn } from '../e2e/support/internal-codes';

describe('internalCodesIn', () => {
  it.each([
    ['Not tied to technology:crm.', 'technology:crm'],
    ['Category: saas-cloud', 'saas-cloud'],
    ['Declared chamber-fee-paid on 1 May', 'chamber-fee-paid'],
    ['Region IT-25, applicants 3', 'IT-25'],
    ['Seat (IT-MI) outside', 'IT-MI'],
    ['NUTS ITC4 only', 'ITC4'],
    ['CAP_MATCHES_BUDGET', 'CAP_MATCHES_BUDGET'],
    ['receipt_no,received_at', 'receipt_no'],
    ['Company sme-bottega-rossi', 'sme-bottega-rossi'],
    ['Shared with consultant-studio-bianchi for review.', 'consultant-studio-bianchi'],
    ['Company user-3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718', 'user-3f2a9c1e-8b7d-4e6f-a1b2-c3d4e5f60718'],
    ['Signed by 3F2A9C1E-8B7D-4E6F-A1B2-C3D4E5F60718.', '3F2A9C1E-8B7D-4E6F-A1B2-C3D4E5F60718'],
    ['Company USER-3F2A9C1E-8B7D-4E6F-A1B2-C3D4E5F60718', 'USER-3F2A9C1E-8B7D-4E6F-A1B2-C3D4E5F60718'],
    ['Application 01M8TPJ0KRPD83ZAXXNTMZFENB received', '01M8TPJ0KRPD83ZAXXNTMZFENB'],
    ['Plan 01DEMOPLAN0000000000000001 matches', '01DEMOPLAN0000000000000001'],
    ['Size: sizeClasses.small', 'sizeClasses.small'],
    ['reportMoney.title', 'reportMoney.title'],
  ])('finds the code in %j', (text, code) => {
    expect(internalCodesIn(text)[0]).toBe(code);
  });

  it.each([
    'An e-commerce site with a cloud till, deadline 30 Apr 2025, 12:00 (Europe/Rome)',
    'See https://www.regione.lombardia.it/bandi for the official text',
    'Signed in as marco@bottega-rossi.example',
    'IT services and staff training in Lombardy, ITALY',
    'Note: the grant is paid after the invoices',
    'Receipt number 42 · €3,050.00',
    'PROGRAMMAOPERATIVOREGIONAL, 26 capitals without a digit',
    'A user-friendly page for every user-facing call',
    'Built with JavaScript.It ends here, e.g. PowerBI.com or grantfit.example/callId',
  ])('finds nothing in prose: %j', (text) => {
    expect(internalCodesIn(text)).toEqual([]);
  });

  it('finds the ids a test knows, as whole tokens only', () => {
    expect(internalCodesIn('Accept crm-consulting', ['crm-consulting'])).toEqual(['crm-consulting']);
    expect(internalCodesIn('Accept CRM consulting (crm-consulting-2)', ['crm-consulting'])).toEqual([]);
  });
});
