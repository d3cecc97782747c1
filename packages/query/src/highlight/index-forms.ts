// Query words and NEAR operands as the full-text index holds them (the SQLite adapter's FTS5
// columns, and the highlights drawn for both storage adapters): one definition for the FTS5
// compiler and the highlighter, so what is searched and what is marked agree.
import type { NearOperand } from '@presswatch/domain';
import { foldText, normalizeText, segmentScripts } from '@presswatch/text';

/** A NEAR group is matched on the exact columns only when every operand is exact. */
export function nearIsExact(operands: readonly NearOperand[]): boolean {
  return operands.every((operand) => operand.exact);
}

/** FTS5 takes a whole number of tokens; hand-built ASTs are rounded down, never below 0. */
export function nearDistance(distance: number): number {
  return Math.max(0, Math.floor(distance));
}

/**
 * A query word as the index holds it. The parser already does this; repeated so hand-built ASTs
 * (rules, topics) match alike. Highlights (page-highlights.ts) put words in the same form.
 */
export function indexForm(word: string, exact: boolean): string {
  return segmentScripts(exact ? normalizeText(word).toLowerCase() : foldText(word));
}
