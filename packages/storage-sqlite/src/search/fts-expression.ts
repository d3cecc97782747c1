// Pure-text parts of a query as FTS5 MATCH expressions. The whole expression is bound as one
// parameter; words inside it are FTS5 string literals ("…" with "" escaping), never bare syntax.
//
// Columns by the diacritics rule: an exact word searches {title text}, a folded word
// {title_folded text_folded}; a field scope picks one of the two.
import type { QueryNode } from '@presswatch/domain';
import { foldText, normalizeText } from '@presswatch/text';

type TextNode = Extract<QueryNode, { type: 'term' | 'phrase' }>;

/**
 * True when the node can be one MATCH expression: terms and phrases, OR of such nodes, and AND of
 * such nodes with at least one positive child (FTS5 NOT is binary: `a NOT b`, never `NOT b`).
 */
export function isFtsExpressible(node: QueryNode): boolean {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return true;
    case 'meta':
    case 'not':
      return false;
    case 'or':
      return node.children.every(isFtsExpressible);
    case 'and':
      return (
        node.children.some(isFtsExpressible) &&
        node.children.every((child) => isFtsExpressible(child) || isNegatedText(child))
      );
  }
}

/** `NOT x` where x is expressible: it can join an AND group as `… NOT (x)`. */
export function isNegatedText(node: QueryNode): node is Extract<QueryNode, { type: 'not' }> {
  return node.type === 'not' && isFtsExpressible(node.child);
}

/** The MATCH expression of an expressible node (see isFtsExpressible). */
export function toFtsExpression(node: QueryNode): string {
  switch (node.type) {
    case 'term':
      return `${columns(node)} : ${literal(indexForm(node.value, node.exact))}${node.prefix ? ' *' : ''}`;
    case 'phrase': {
      const words = node.words.map((word) => indexForm(word, node.exact));
      return `${columns(node)} : ${literal(words.join(' '))}`;
    }
    case 'or':
      return node.children.map((child) => `(${toFtsExpression(child)})`).join(' OR ');
    case 'and': {
      const positive = node.children.filter((child) => !isNegatedText(child));
      const negative = node.children.filter(isNegatedText).map((child) => child.child);
      const all = positive.map((child) => `(${toFtsExpression(child)})`).join(' AND ');
      if (negative.length === 0) return all;
      const none = negative.map((child) => `(${toFtsExpression(child)})`).join(' OR ');
      return `(${all}) NOT (${none})`;
    }
    default:
      throw new TypeError(`${node.type} node is not expressible in FTS5`);
  }
}

function columns(node: TextNode): string {
  if (node.exact) return node.field ?? '{title text}';
  return node.field ? `${node.field}_folded` : '{title_folded text_folded}';
}

/**
 * A query word as the index holds it. The parser already does this; repeated so hand-built ASTs
 * (rules, topics) match alike. Highlights (highlight.ts) put words in the same form.
 */
export function indexForm(word: string, exact: boolean): string {
  return exact ? normalizeText(word).toLowerCase() : foldText(word);
}

function literal(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
