// QueryNode → engine query DSL (bool / match_phrase / prefix / span_near / term objects; never a
// query string). Text nodes score; meta nodes (source:, lang:, country:, topic:) are filters
// wrapped to score 0, so, as in the SQLite adapter, only text matches count for relevance and an
// item matched through meta only has no score.
import { isNegatedText, isTextOnly, type QueryNode } from '@presswatch/domain';
import { asciiLower, sourceNameKey } from '../items/item-document.ts';
import { compileNear, compileText, type Dsl, type NearNode } from './text-query.ts';

/** The AST with the NEAR group (being added to the domain's QueryNode). */
export type AnyNode = QueryNode | NearNode;

export interface CompiledQuery {
  query: Dsl;
  /**
   * The maximal pure-text subtrees used positively, in the order the SQLite adapter lists them
   * (its compile-query.ts `texts`): what highlights mark. Empty: nothing to score by relevance.
   */
  texts: QueryNode[];
}

export function compileQuery(node: AnyNode): CompiledQuery {
  const texts: AnyNode[] = [];
  collectTexts(node, true, texts);
  return { query: toDsl(node), texts: texts as QueryNode[] };
}

export function toDsl(node: AnyNode): Dsl {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return compileText(node);
    case 'near':
      return compileNear(node);
    case 'meta':
      return { constant_score: { filter: metaFilter(node), boost: 0 } };
    case 'not':
      return { bool: { must_not: [toDsl(node.child)] } };
    case 'or':
      return { bool: { should: node.children.map(toDsl), minimum_should_match: 1 } };
    case 'and': {
      const positive = node.children.filter((child) => child.type !== 'not');
      const negative = node.children.flatMap((child) => (child.type === 'not' ? [child.child] : []));
      return {
        bool: {
          ...(positive.length > 0 && { must: positive.map(toDsl) }),
          ...(negative.length > 0 && { must_not: negative.map(toDsl) }),
        },
      };
    }
  }
}

function metaFilter(node: Extract<QueryNode, { type: 'meta' }>): Dsl {
  switch (node.field) {
    case 'source':
      return {
        bool: {
          should: [
            { term: { source_key: asciiLower(node.value) } },
            { term: { source_name_key: sourceNameKey(node.value) } },
          ],
          minimum_should_match: 1,
        },
      };
    case 'lang':
      return { term: { language: node.value } };
    case 'country':
      return { term: { country: node.value } };
    case 'topic':
      return { term: { topics: node.value } };
  }
}

// --- the positive text parts, grouped as the SQLite adapter groups its FTS5 MATCH expressions ---

function collectTexts(node: AnyNode, positive: boolean, texts: AnyNode[]): void {
  if (isTextOnly(node)) {
    if (positive) texts.push(node);
    return;
  }
  if (node.type === 'not') {
    collectTexts(node.child, !positive, texts);
    return;
  }
  if (node.type !== 'and' && node.type !== 'or') return;
  const text = node.children.filter(isTextOnly);
  const joinsText = (child: AnyNode) =>
    isTextOnly(child) || (node.type === 'and' && text.length > 0 && isNegatedText(child));
  const grouped = node.children.filter(joinsText);
  if (text.length > 0 && positive) {
    texts.push(grouped.length === 1 ? grouped[0]! : ({ type: node.type, children: grouped } as AnyNode));
  }
  for (const child of node.children) if (!joinsText(child)) collectTexts(child, positive, texts);
}
