/** A review's verdicts by line, free of the schema library: the web app's receipt and review pages load them first. */
import type { LineReview, Review } from './review-schema';

/**
 * A line's verdict by the report's line id. Line ids are user text: an own-property check, so a line
 * named `constructor` or `toString` never reads as reviewed through Object.prototype.
 */
export function verdictOf(review: Pick<Review, 'lines'>, lineId: string): LineReview | undefined {
  return Object.hasOwn(review.lines, lineId) ? review.lines[lineId] : undefined;
}

/** The report's line ids that have no verdict yet. */
export function unreviewedLines(review: Pick<Review, 'lines'>, lineIds: readonly string[]): string[] {
  return lineIds.filter((id) => verdictOf(review, id) === undefined);
}
