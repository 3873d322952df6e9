/**
 * The standing declarations a company gives once and keeps until withdrawn. A plain list, free of the
 * schema library, so the company page can show the choices without loading the validation code.
 */
export const DECLARATIONS = [
  'tax-regular',
  'social-security-regular',
  'not-in-difficulty',
  'not-in-liquidation',
  'chamber-fee-paid',
  'no-supply-contract-with-issuer',
  'no-double-funding',
] as const;
export type Declaration = (typeof DECLARATIONS)[number];
