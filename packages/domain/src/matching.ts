// The in-memory matcher's contract. Topic rules, alert rules and the search property test all
// evaluate the query AST against an analysed document through this shape, so the matcher and
// the FTS5/engine compilers can be checked against each other.
import type { QueryNode } from './query.ts';

/** A field's tokens in order: the exact form (lower-cased NFC, one tone style) and the folded form. */
export interface AnalysedField {
  exact: string[];
  folded: string[];
}

export interface MatchableDocument {
  title: AnalysedField;
  text: AnalysedField;
  meta: {
    sourceId: string;
    sourceName: string;
    language: string | null;
    country: string | null;
    topics: string[];
  };
}

export interface MatchHit {
  field: 'title' | 'text';
  /** Token positions [start, end) in that field. */
  start: number;
  end: number;
}

export interface MatchResult {
  matched: boolean;
  /** Where positive terms matched (for matched-term display and highlighting); empty when not matched. */
  hits: MatchHit[];
}

export type QueryMatcher = (document: MatchableDocument) => MatchResult;

/** Compiles a query once; the returned matcher is run on many documents. */
export type CompileMatcher = (query: QueryNode) => QueryMatcher;
