// QueryNode → SQL predicate over `items i`. Maximal pure-text subtrees become one FTS5 MATCH
// (`i.seq IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)`); meta nodes and mixed
// subtrees are SQL predicates combined with AND / OR / NOT.
import type { QueryNode } from '@presswatch/domain';
import { sourceNameKey } from '../items/item-rows.ts';
import { isFtsExpressible, isNegatedText, toFtsExpression } from './fts-expression.ts';
import { joinSql, type Sql, sql } from './sql.ts';

export interface CompiledQuery {
  where: Sql;
  /** The MATCH expressions used positively (not under NOT), OR-ed: scores relevance. */
  scoring: string | null;
  /** The subtrees behind those expressions, in the same order: what highlights mark. */
  texts: QueryNode[];
  /** When the whole query is one MATCH (`where` is `i.seq IN (…)` of it), its expression: rows can come from FTS5. */
  onlyMatch: string | null;
  /**
   * When that MATCH is `(P) NOT (N)`, its two sides: a row-by-row probe can test P first and N
   * only for rows P matches (FTS5 sets up every word of the expression for each probe).
   */
  onlyMatchSides: { positive: string; negative: string } | null;
}

export function compileQuery(node: QueryNode): CompiledQuery {
  const positive: Part[] = [];
  const where = compileNode(node, true, positive);
  const scoring = positive.length > 0 ? positive.map((part) => `(${part.expression})`).join(' OR ') : null;
  const texts = positive.map((part) => part.node);
  const onlyMatch = isFtsExpressible(node) ? positive[0]!.expression : null;
  return { where, scoring, texts, onlyMatch, onlyMatchSides: onlyMatch ? sidesOf(node) : null };
}

function sidesOf(node: QueryNode): CompiledQuery['onlyMatchSides'] {
  if (node.type !== 'and') return null;
  const positives = node.children.filter((child) => !isNegatedText(child));
  const negatives = node.children.filter(isNegatedText).map((child) => child.child);
  if (positives.length === 0 || negatives.length === 0) return null;
  const group = (type: 'and' | 'or', children: QueryNode[]): QueryNode =>
    children.length === 1 ? children[0]! : { type, children };
  return {
    positive: toFtsExpression(group('and', positives)),
    negative: toFtsExpression(group('or', negatives)),
  };
}

const MATCH_ROWIDS = 'SELECT rowid FROM items_fts WHERE items_fts MATCH ?';

interface Part {
  expression: string;
  node: QueryNode;
}

function match(node: QueryNode, positive: boolean, parts: Part[]): Sql {
  const expression = toFtsExpression(node);
  if (positive) parts.push({ expression, node });
  return sql(`i.seq IN (${MATCH_ROWIDS})`, expression);
}

function compileNode(node: QueryNode, positive: boolean, parts: Part[]): Sql {
  if (isFtsExpressible(node)) return match(node, positive, parts);
  switch (node.type) {
    case 'meta':
      return compileMeta(node);
    case 'not': {
      const inner = compileNode(node.child, !positive, parts);
      return { sql: `NOT (${inner.sql})`, params: inner.params };
    }
    case 'and':
    case 'or':
      return compileGroup(node, positive, parts);
    default:
      throw new TypeError(`unexpected ${node.type} node`);
  }
}

/** Collects the FTS-expressible children of an AND / OR into one MATCH; compiles the rest alone. */
function compileGroup(
  node: Extract<QueryNode, { type: 'and' | 'or' }>,
  positive: boolean,
  parts: Part[],
): Sql {
  const text = node.children.filter(isFtsExpressible);
  // In an AND, `NOT text` children ride along with the positive text: `(a) NOT (b)`.
  const joinsText = (child: QueryNode) =>
    isFtsExpressible(child) || (node.type === 'and' && text.length > 0 && isNegatedText(child));
  const rest = node.children.filter((child) => !joinsText(child));
  const compiled: Sql[] = [];
  if (text.length > 0) {
    const grouped = node.children.filter(joinsText);
    const group: QueryNode = grouped.length === 1 ? grouped[0]! : { type: node.type, children: grouped };
    compiled.push(match(group, positive, parts));
  }
  for (const child of rest) compiled.push(compileNode(child, positive, parts));
  return joinSql(compiled, node.type === 'and' ? 'AND' : 'OR');
}

function compileMeta(node: Extract<QueryNode, { type: 'meta' }>): Sql {
  switch (node.field) {
    case 'source':
      return sql(
        'i.source_id = ? COLLATE NOCASE OR i.source_name_key = ?',
        node.value,
        sourceNameKey(node.value),
      );
    case 'lang':
      return sql('i.language = ?', node.value);
    case 'country':
      return sql('i.country = ?', node.value);
    case 'topic':
      return sql(
        "EXISTS (SELECT 1 FROM json_each(i.doc, '$.topics') t WHERE json_extract(t.value, '$.topic') = ?)",
        node.value,
      );
  }
}
