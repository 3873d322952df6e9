/** How long a consultant's written reason for an override is, free of the schema library for the review page's first load. */

/** The fewest characters of a written reason for an override (trimmed). */
export const OVERRIDE_REASON_MIN = 10;
/** The most characters of that reason. */
export const OVERRIDE_REASON_MAX = 2000;
