// Which parts of a query are text only: terms, phrases and NEAR groups, ORs of them, and ANDs of
// them with at least one positive child (negated text may join an AND: `a NOT b`, never `NOT b`).
// Both store adapters group these parts the same way (one FTS5 MATCH expression; the engine's
// highlighted and scored text), so the rule lives here once.
import type { QueryNode } from './query.ts';

export function isTextOnly(node: QueryNode): boolean {
  switch (node.type) {
    case 'term':
    case 'phrase':
    case 'near':
      return true;
    case 'meta':
    case 'not':
      return false;
    case 'or':
      return node.children.every(isTextOnly);
    case 'and':
      return node.children.some(isTextOnly) && node.children.every((c) => isTextOnly(c) || isNegatedText(c));
  }
}

/** `NOT x` where x is text only: it can join an AND group as `… NOT (x)`. */
export function isNegatedText(node: QueryNode): node is Extract<QueryNode, { type: 'not' }> {
  return node.type === 'not' && isTextOnly(node.child);
}
