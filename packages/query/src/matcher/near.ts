// NEAR(a b …, N) with the semantics of SQLite FTS5 (checked against SQLite 3.53 with the cases of
// the FTS5 documentation, e.g. NEAR("a b c d" "b c" "e f", 4) matches "a b c d x x x e f" but 3
// does not):
//
//   the operands match when one field holds an instance of every operand such that, with L the
//   latest start among them, every instance ends at most N tokens before L:
//   L − (start_i + length_i) ≤ N for all i.
//
// Instances may overlap or coincide (NEAR(a a, 0) matches one `a`), order does not matter, and
// all operands must be in the same field. When the operands mix exact and folded words, all are
// matched on the folded form (one FTS5 column set for the whole group).
import { type Instance, type MatchHit, type NearOperand, nearClumps } from '@presswatch/domain';
import type { DocumentContext } from './document-context.ts';
import {
  type Field,
  type Form,
  fieldsOf,
  findStarts,
  type TextPattern,
  textPattern,
} from './text-pattern.ts';
import type { TokenIndex } from './token-index.ts';

export interface NearShape {
  operands: NearOperand[];
  distance: number;
  field: Field | null;
}

export interface CompiledNear {
  test(context: DocumentContext): boolean;
  collect(context: DocumentContext, hits: MatchHit[]): void;
}

export function compileNear(node: NearShape): CompiledNear {
  const form: Form = node.operands.every((operand) => operand.exact) ? 'exact' : 'folded';
  const patterns = node.operands.map((operand) => textPattern(operand, form));
  const fields = fieldsOf(node.field);
  const distance = Math.max(0, Math.floor(node.distance));
  const clumps = (context: DocumentContext, field: Field) =>
    findClumps(context.index(field, form), patterns, distance);
  return {
    test: (doc) => fields.some((field) => clumps(doc, field).length > 0),
    collect: (doc, hits) => {
      for (const field of fields) {
        for (const clump of clumps(doc, field)) {
          for (const [start, length] of clump) hits.push({ field, start, end: start + length });
        }
      }
    },
  };
}

/** One clump per satisfying latest start L (the domain's nearClumps, on this field's tokens). */
function findClumps(index: TokenIndex, patterns: TextPattern[], distance: number): Instance[][] {
  if (patterns.length === 0 || patterns.some((pattern) => pattern.tokens.length === 0)) return [];
  const starts = patterns.map((pattern) => findStarts(pattern, index));
  return nearClumps(
    starts,
    patterns.map((pattern) => pattern.tokens.length),
    distance,
  );
}
