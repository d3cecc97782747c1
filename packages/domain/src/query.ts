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
  | { type: 'not'; child: QueryNode }
  /**
   * `a NEAR/n b [NEAR/n c]`: the operands (terms and phrases only) occur in one field with at most
   * `distance` tokens between neighbours — SQLite FTS5's NEAR(…, n). When the operands mix exact
   * and folded words, all of them are matched on the folded form (FTS5 needs them in one column).
   * Precisely (FTS5): one field holds an instance of every operand such that, with L the latest
   * start among them, each instance ends at most `distance` tokens before L; order does not
   * matter and instances may overlap. `field` scopes the whole group; each operand's own `field`
   * equals it.
   */
  | { type: 'near'; operands: NearOperand[]; distance: number; field: FieldScope | null };

export type TermNode = Extract<QueryNode, { type: 'term' }>;
export type PhraseNode = Extract<QueryNode, { type: 'phrase' }>;
export type NearOperand = TermNode | PhraseNode;
