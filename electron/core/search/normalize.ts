// One normal form for indexed text and queries: full-width → half-width, letters lower case, ID letter x kept apart.
import { toHalfWidth } from '../../shared/validators/text';

/** Half-width, trimmed, inner whitespace collapsed, ASCII letters lower case. */
export function normalizeSearchText(text: string): string {
  return toHalfWidth(text).trim().replace(/\s+/g, ' ').toLowerCase();
}
