// Terms, phrases and NEAR groups as engine DSL, by the diacritics rule (DESIGN.md): an exact word
// (typed with diacritics) searches the exact fields `title`/`text`, a folded word the
// `title.folded`/`text.folded` sub-fields; a field scope picks one of the two. Values are put in
// the index form first (normalizeText + lower-case, or foldText), as the SQLite adapter does, so
// hand-built ASTs (rules, topics) match alike.
import type { FieldScope, NearOperand, QueryNode } from '@presswatch/domain';
import { foldText, normalizeText } from '@presswatch/text';

export type Dsl = Record<string, unknown>;
type TextNode = Extract<QueryNode, { type: 'term' | 'phrase' }>;

/** The NEAR group of the query language (FTS5 NEAR): operands within `distance` tokens, any order, one field. */
export interface NearNode {
  type: 'near';
  operands: NearOperand[];
  distance: number;
  field: FieldScope | null;
}

/** A title match counts ten times a body match (the SQLite adapter's bm25 column weights). */
const TITLE_BOOST = 10;
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

export function indexForm(word: string, exact: boolean): string {
  return exact ? normalizeText(word).toLowerCase() : foldText(word);
}

/** Tokens of an index-form value as the pattern tokenizer cuts them. */
function tokensOf(value: string): string[] {
  return value.match(TOKEN) ?? [];
}

/** The concrete fields a node searches, title first. */
function fieldsOf(exact: boolean, scope: FieldScope | null): string[] {
  const scopes: FieldScope[] = scope ? [scope] : ['title', 'text'];
  return scopes.map((name) => (exact ? name : `${name}.folded`));
}

/** One clause per field, OR-ed; the title clause boosted. */
function acrossFields(fields: string[], clause: (field: string) => Dsl): Dsl {
  const clauses = fields.map((field) => {
    const query = clause(field);
    if (!field.startsWith('title')) return query;
    return { bool: { must: [query], boost: TITLE_BOOST } };
  });
  return clauses.length === 1 ? clauses[0]! : { bool: { should: clauses, minimum_should_match: 1 } };
}

export function compileText(node: TextNode): Dsl {
  const fields = fieldsOf(node.exact, node.field);
  const words = node.type === 'term' ? [node.value] : node.words;
  const value = words.map((word) => indexForm(word, node.exact)).join(' ');
  if (node.type === 'term' && node.prefix) {
    return acrossFields(fields, (field) => prefixClause(field, tokensOf(value)));
  }
  return acrossFields(fields, (field) => ({ match_phrase: { [field]: { query: value } } }));
}

/** `word*`; a value that cuts into several tokens is a phrase whose last token is a prefix. */
function prefixClause(field: string, tokens: string[]): Dsl {
  const last = tokens.at(-1) ?? '';
  const prefix = { prefix: { [field]: { value: last } } };
  if (tokens.length <= 1) return prefix;
  const clauses = [
    ...tokens.slice(0, -1).map((token) => spanTerm(field, token)),
    { span_multi: { match: prefix } },
  ];
  return { span_near: { clauses, slop: 0, in_order: true } };
}

function spanTerm(field: string, token: string): Dsl {
  return { span_term: { [field]: token } };
}

/** An operand as a span query on one field (span queries are not analysed: tokens go in index form). */
function spanOperand(operand: NearOperand, exact: boolean, field: string): Dsl {
  const words = operand.type === 'term' ? [operand.value] : operand.words;
  const tokens = tokensOf(words.map((word) => indexForm(word, exact)).join(' '));
  if (operand.type === 'term' && operand.prefix) {
    const last = { span_multi: { match: { prefix: { [field]: { value: tokens.at(-1) ?? '' } } } } };
    if (tokens.length <= 1) return last;
    const clauses = [...tokens.slice(0, -1).map((token) => spanTerm(field, token)), last];
    return { span_near: { clauses, slop: 0, in_order: true } };
  }
  if (tokens.length === 1) return spanTerm(field, tokens[0]!);
  return { span_near: { clauses: tokens.map((token) => spanTerm(field, token)), slop: 0, in_order: true } };
}

/**
 * NEAR/n: span_near with slop n, any order, one field at a time. Operands that mix exact and
 * folded words are all matched on the folded form (as the SQLite adapter and the matcher do).
 * Two operands agree with FTS5 NEAR exactly; with three or more, span_near bounds the sum of the
 * gaps while FTS5 bounds each operand's distance to the last one, so a few spread-out matches
 * differ, and FTS5 lets instances overlap (NEAR(a a, 0) matches one `a`), spans do not.
 */
export function compileNear(node: NearNode): Dsl {
  const exact = node.operands.every((operand) => operand.exact);
  const fields = fieldsOf(exact, node.field);
  return acrossFields(fields, (field) => ({
    span_near: {
      clauses: node.operands.map((operand) => spanOperand(operand, exact, field)),
      slop: node.distance,
      in_order: false,
    },
  }));
}
