// The query AST shared by every compiler (FTS5, search-engine DSL) and the in-memory matcher.
// The parser lives in @presswatch/query; this file is only the shape.

export type FieldScope = 'title' | 'text';

export type MetaField = 'source' | 'lang' | 'country' | 'topic';

export type QueryNode =
  | { type: 'meta'; field: MetaField; value: string }
  | { type: 'term'; value: string; exact: boolean; prefix: boolean; field: FieldScope | null }
  | { type: 'phrase'; words: string[]; exact: boolean; field: FieldScope | null }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

export type TermNode = Extract<QueryNode, { type: 'term' }>;
export type PhraseNode = Extract<QueryNode, { type: 'phrase' }>;
export type NearOperand = TermNode | PhraseNode;
