/** Test support: reads back what jsPDF wrote. */
/** The text of a PDF's uncompressed content streams (jsPDF writes text as literal strings). */
export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  // Wrapped rows are joined with a space, as they were split at spaces; \( \) \\ are PDF string escapes.
  return [...raw.matchAll(/\((.*?)(?<!\\)\) Tj/g)]
    .map((m) => (m[1] ?? '').replace(/\\([()\\])/g, '$1'))
    .join(' ');
}
