// The in-memory matcher: compiles a query AST once into a function over analysed documents.
// Topic rules, the gazetteer and alert rules run on it; its semantics are those of the SQLite
// FTS5 search (storage-sqlite/src/search), so an alert rule selects what a search selects:
//
//   term, exact      a token equal to the value in the exact form (lower-cased NFC, one tone style)
//   term, folded     a token equal to the value in the folded form (typed without diacritics)
//   term*            a token that starts with the value (in the term's form)
//   "a b"            consecutive tokens, within one field
//   title: / text:   only that field; otherwise either field
//   NEAR(…, N)       see near.ts
//   AND / OR / NOT   over the whole document (a term and its negation may be in different fields)
//   source: lang: country: topic:   see meta.ts (three-valued: a missing language is unknown)
//
// Words are put in index form and tokenised like the index (text-pattern.ts), so a hand-built
// AST behaves as the FTS5 compiler's literal would. Hits are the positions of the positive terms
// (not under NOT) of the sub-expressions that are true, for matched-term display and highlights.
import type {
  CompileMatcher,
  MatchableDocument,
  MatchHit,
  MatchResult,
  QueryMatcher,
  QueryNode,
} from '@presswatch/domain';
import { contextOf, type DocumentContext } from './document-context.ts';
import { compileMeta, type Truth } from './meta.ts';
import { compileNear } from './near.ts';
import {
  type CompileOptions,
  type Field,
  type Form,
  fieldsOf,
  type TextPattern,
  textPattern,
} from './text-pattern.ts';
import { PatternSet } from './token-index.ts';

type MatcherNode = QueryNode;

interface Evaluator {
  test(doc: DocumentContext): Truth;
  /** Pushes the hits of the positive terms of this (true) sub-expression. */
  collect(doc: DocumentContext, hits: MatchHit[]): void;
}

const NO_HITS = (): void => {};

export const compileMatcher: CompileMatcher = (query) => compileMatcherWith(query);

/** compileMatcher with options that depart from the search's semantics on purpose (text-pattern.ts). */
export function compileMatcherWith(query: QueryNode, options: CompileOptions = {}): QueryMatcher {
  const root = compileNode(query, options);
  return (doc: MatchableDocument): MatchResult => {
    const context = contextOf(doc);
    if (root.test(context) !== true) return { matched: false, hits: [] };
    const hits: MatchHit[] = [];
    root.collect(context, hits);
    return { matched: true, hits: sortHits(hits) };
  };
}

function compileNode(node: MatcherNode, options: CompileOptions): Evaluator {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return compileText(node, options);
    case 'near':
      return compileNear(node);
    case 'meta': {
      const test = compileMeta(node.field, node.value);
      return { test: (context) => test(context.doc), collect: NO_HITS };
    }
    case 'not': {
      const child = compileNode(node.child, options);
      return { test: (doc) => negate(child.test(doc)), collect: NO_HITS };
    }
    case 'and':
      return compileAnd(node.children.map((child) => compileNode(child, options)));
    case 'or':
      return compileOr(compileAlternatives(node.children, options));
    default:
      throw new TypeError(`unexpected ${(node as { type: string }).type} node`);
  }
}

function compileText(
  node: Extract<QueryNode, { type: 'term' | 'phrase' }>,
  options: CompileOptions,
): Evaluator {
  const pattern = textPattern(node, undefined, options);
  const fields = fieldsOf(node.field);
  const length = pattern.tokens.length;
  return {
    test: (context) => {
      for (const field of fields)
        if (context.index(field, pattern.form).starts(pattern).length > 0) return true;
      return false;
    },
    collect: (context, hits) => {
      for (const field of fields) {
        for (const start of context.index(field, pattern.form).starts(pattern)) {
          hits.push({ field, start, end: start + length });
        }
      }
    },
  };
}

type TextNode = Extract<QueryNode, { type: 'term' | 'phrase' }>;

const isText = (node: MatcherNode): node is TextNode => node.type === 'term' || node.type === 'phrase';

/** An OR's children; its words and phrases (most of a topic rule) become one evaluator with a flat loop. */
function compileAlternatives(children: MatcherNode[], options: CompileOptions): Evaluator[] {
  const texts = children.filter(isText);
  const others = children.filter((child) => !isText(child)).map((child) => compileNode(child, options));
  return texts.length > 1
    ? [compileTextSet(texts, options), ...others]
    : children.map((c) => compileNode(c, options));
}

function compileTextSet(nodes: TextNode[], options: CompileOptions): Evaluator {
  const entries = nodes.map((node) => ({
    pattern: textPattern(node, undefined, options),
    fields: fieldsOf(node.field),
  }));
  const groups = groupByIndex(entries);
  return {
    // Any pattern anywhere: one tight loop per field form (an OR has no order to keep).
    test: (context) => {
      for (const group of groups) if (context.index(group.field, group.form).hasAny(group.set)) return true;
      return false;
    },
    // Hits in any order: sortHits orders them and drops duplicates.
    collect: (context, hits) => {
      for (const group of groups)
        context.index(group.field, group.form).collectHits(group.set, group.field, hits);
    },
  };
}

interface IndexGroup {
  field: Field;
  form: Form;
  set: PatternSet;
}

/** The patterns looked up in each of a document's (up to four) token indexes. */
function groupByIndex(entries: { pattern: TextPattern; fields: readonly Field[] }[]): IndexGroup[] {
  const groups: IndexGroup[] = [];
  for (const { pattern, fields } of entries) {
    for (const field of fields) {
      let group = groups.find((g) => g.field === field && g.form === pattern.form);
      if (!group) {
        group = { field, form: pattern.form, set: new PatternSet([]) };
        groups.push(group);
      }
      group.set.patterns.push(pattern);
    }
  }
  return groups;
}

function compileAnd(children: Evaluator[]): Evaluator {
  return {
    test: (doc) => {
      let unknown = false;
      for (const child of children) {
        const truth = child.test(doc);
        if (truth === false) return false;
        if (truth === null) unknown = true;
      }
      return unknown ? null : true;
    },
    collect: (doc, hits) => {
      for (const child of children) child.collect(doc, hits);
    },
  };
}

function compileOr(children: Evaluator[]): Evaluator {
  return {
    test: (doc) => {
      let unknown = false;
      for (const child of children) {
        const truth = child.test(doc);
        if (truth === true) return true;
        if (truth === null) unknown = true;
      }
      return unknown ? null : false;
    },
    collect: (doc, hits) => {
      for (const child of children) if (child.test(doc) === true) child.collect(doc, hits);
    },
  };
}

function negate(truth: Truth): Truth {
  return truth === null ? null : !truth;
}

/** Title first, then by position; duplicates (a span found by two terms) once. */
function sortHits(hits: MatchHit[]): MatchHit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) =>
    a.field === b.field ? a.start - b.start || a.end - b.end : a.field === 'title' ? -1 : 1,
  );
  const unique: MatchHit[] = [hits[0]!];
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i]!;
    const previous = unique[unique.length - 1]!;
    if (hit.field !== previous.field || hit.start !== previous.start || hit.end !== previous.end)
      unique.push(hit);
  }
  return unique;
}
