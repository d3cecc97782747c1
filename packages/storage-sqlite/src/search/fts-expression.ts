// Pure-text parts of a query as FTS5 MATCH expressions. The whole expression is bound as one
// parameter; words inside it are FTS5 string literals ("…" with "" escaping), never bare syntax.
//
// Columns by the diacritics rule: an exact word searches {title text}, a folded word
// {title_folded text_folded}; a field scope picks one of the two. A NEAR group searches one column
// set: the exact one when all its operands are exact, else the folded one with every operand
// folded. Words are segmented as the columns are (CJK bigrams, Thai/Lao words), so a literal
// like "西沙群岛" is the phrase "西沙 沙群 群岛".
import {
  type FieldScope,
  isNegatedText,
  isTextOnly,
  type NearOperand,
  type QueryNode,
} from '@presswatch/domain';
import { indexForm, nearDistance, nearIsExact } from '@presswatch/query';

/**
 * True when the node can be one MATCH expression (the domain's text-only rule): terms, phrases and
 * NEAR, OR of such nodes, and AND of such nodes with at least one positive child.
 */
export const isFtsExpressible = isTextOnly;
export { isNegatedText };

/** The MATCH expression of an expressible node (see isFtsExpressible). */
export function toFtsExpression(node: QueryNode): string {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return `${columns(node.field, node.exact)} : ${operandLiteral(node, node.exact)}`;
    case 'near': {
      const exact = nearIsExact(node.operands);
      const phrases = node.operands.map((operand) => operandLiteral(operand, exact));
      return `${columns(node.field, exact)} : NEAR(${phrases.join(' ')}, ${nearDistance(node.distance)})`;
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

function columns(field: FieldScope | null, exact: boolean): string {
  if (exact) return field ?? '{title text}';
  return field ? `${field}_folded` : '{title_folded text_folded}';
}

/** A term or phrase as an FTS5 string literal in the given form (`"bi" *` for a prefix term). */
function operandLiteral(node: NearOperand, exact: boolean): string {
  const words = node.type === 'term' ? [node.value] : node.words;
  const prefix = node.type === 'term' && node.prefix;
  return `${literal(words.map((word) => indexForm(word, exact)).join(' '))}${prefix ? ' *' : ''}`;
}

function literal(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}
