/**
 * The portal's description is one string in three parts, "Cos'è … A chi si rivolge … Cosa prevede …",
 * whose headings are sometimes glued to the text around them ("Cos'èavviso", "A chi si rivolgel bando",
 * "5.1.4. BA chi si rivolge"). The parts are split on the headings wherever they stand.
 */
import { type CatalogueWarning, warn } from './warnings';

export interface DescriptionParts {
  what?: string;
  who?: string;
  offers?: string;
}

const HEADINGS = [
  { part: 'what', heading: "Cos'è", pattern: /Cos['’]è/ },
  { part: 'who', heading: 'A chi si rivolge', pattern: /A chi si rivolge/ },
  { part: 'offers', heading: 'Cosa prevede', pattern: /Cosa prevede/ },
] as const;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

export function splitDescription(text: string): { parts: DescriptionParts; warnings: CatalogueWarning[] } {
  const found: { part: keyof DescriptionParts; heading: string; start: number; end: number }[] = [];
  let from = 0;
  for (const h of HEADINGS) {
    // Headings come in this order; each is searched after the previous one so prose repeats do not match.
    const match = h.pattern.exec(text.slice(from));
    if (!match) continue;
    const start = from + match.index;
    found.push({ part: h.part, heading: h.heading, start, end: start + match[0].length });
    from = start + match[0].length;
  }
  const glued = found
    .filter((f) => isLetter(text[f.start - 1]) || isLetter(text[f.end]))
    .map((f) => f.heading);
  const parts: DescriptionParts = {};
  found.forEach((f, i) => {
    const body = text.slice(f.end, found[i + 1]?.start ?? text.length).trim();
    if (body !== '') parts[f.part] = body;
  });
  const warnings =
    glued.length > 0
      ? [
          warn(
            'DESCRIPTION_HEADING_GLUED',
            { headings: glued },
            `description heading(s) glued to the text: ${glued.join(', ')}`,
          ),
        ]
      : [];
  return { parts, warnings };
}
