/** Parses what a person types as euros ("1500", "1500.5", "1.500,50") into integer cents, without floats. */
export function parseEurosToCents(input: string): number | undefined {
  const text = input.trim().replace(/\s|€/g, '');
  // The last '.' or ',' followed by one or two digits is the decimal separator; others group thousands.
  const match = /^(\d{1,3}(?:[.,]?\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match?.[1]) return undefined;
  const whole = Number(match[1].replace(/[.,]/g, ''));
  const fraction = Number((match[2] ?? '0').padEnd(2, '0'));
  const cents = whole * 100 + fraction;
  return Number.isSafeInteger(cents) ? cents : undefined;
}
