// One weighted query of a topic (or an exclusion): written in the analysts' query language,
// compiled once, and turned into evidence by where its hits fall. CJK exonyms (南海, 西沙) match
// inside unsegmented Chinese runs (CompileOptions.cjkSubstrings).
import type { MatchHit, QueryMatcher, QueryNode } from '@presswatch/domain';
import { QuerySyntaxError } from '@presswatch/domain';
import { type CompileOptions, compileMatcherWith, parseQuery } from '@presswatch/query';
import { z } from 'zod';
import type { AnalysedArticle } from '../article.ts';
import { RulesFileError } from '../model/rules-file.ts';
import { diminishingSum, type ZoneWeights, zoneOf } from './zones.ts';

/** How classifier rules are compiled (and their vocabulary computed). */
export const MATCH_OPTIONS: CompileOptions = { cjkSubstrings: true };

export const ruleSchema = z
  .object({
    query: z.string().min(1),
    weight: z.number().positive().max(10).default(1),
    /**
     * Match every word as written, also words without diacritics: for names spelled without them
     * (`La Lay`, `Cha Lo`), which folded would also match `là lấy`, `chả lo`.
     */
    exact: z.boolean().default(false),
    /**
     * The rule is about the whole article, not where its words are: when the query matches, the
     * evidence is the weight. For conditions without hits to weigh, e.g. an exclusion
     * `NOT ("Việt Nam" OR …)` for stories set entirely abroad.
     */
    whole_document: z.boolean().default(false),
    /** Why the rule is there (for the next administrator). */
    note: z.string().optional(),
  })
  .strict();

export type RuleSpec = z.output<typeof ruleSchema>;

export interface WeightedRule {
  query: string;
  /** The compiled query (for the model's vocabulary). */
  node: QueryNode;
  weight: number;
  wholeDocument: boolean;
  matcher: QueryMatcher;
}

export interface RuleEvidence {
  evidence: number;
  hits: MatchHit[];
}

/** Parses and compiles; a query that does not parse names the file, the key and the column. */
export function compileRule(spec: RuleSpec, file: string, key: string): WeightedRule {
  let node: ReturnType<typeof parseQuery>;
  try {
    node = parseQuery(spec.query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) throw new RulesFileError(file, key, error.message);
    throw error;
  }
  if (!node) throw new RulesFileError(file, key, 'the query holds nothing to match');
  const compiled = spec.exact ? asWritten(node) : node;
  const matcher = compileMatcherWith(compiled, MATCH_OPTIONS);
  return {
    query: spec.query,
    node: compiled,
    weight: spec.weight,
    wholeDocument: spec.whole_document,
    matcher,
  };
}

/** Every term and phrase exact. The parser folds only words typed without diacritics, which are
 * then their own lower-cased spelling, so marking them exact matches them as written. */
function asWritten(node: QueryNode): QueryNode {
  switch (node.type) {
    case 'term':
    case 'phrase':
      return { ...node, exact: true };
    case 'not':
      return { type: 'not', child: asWritten(node.child) };
    case 'and':
    case 'or':
      return { type: node.type, children: node.children.map(asWritten) };
    default: {
      // NEAR (when the parser has it): its operands are terms and phrases.
      const near = node as { operands?: QueryNode[] };
      return near.operands ? ({ ...node, operands: near.operands.map(asWritten) } as QueryNode) : node;
    }
  }
}

/** A hit weighed: the rule's weight × its zone's weight. */
export interface WeightedHit extends MatchHit {
  weight: number;
}

/**
 * The rule's hits, weighed. A whole-document rule that matches gives one hit of its weight (at
 * position −1 of the text, overlapping nothing).
 */
export function weighHits(rule: WeightedRule, article: AnalysedArticle, zones: ZoneWeights): WeightedHit[] {
  const result = rule.matcher(article);
  if (!result.matched) return [];
  if (rule.wholeDocument) return [{ field: 'text', start: -1, end: -1, weight: rule.weight }];
  // An object literal of known shape (not a spread): these are made for every hit of every rule.
  return result.hits.map((hit) => ({
    field: hit.field,
    start: hit.start,
    end: hit.end,
    weight: rule.weight * zones[zoneOf(hit, article)],
  }));
}

/** weight × the zone weights of the hits, with diminishing returns; 0 when the rule does not match. */
export function ruleEvidence(
  rule: WeightedRule,
  article: AnalysedArticle,
  zones: ZoneWeights,
  decay: number,
): RuleEvidence {
  const hits = weighHits(rule, article, zones);
  return {
    evidence: diminishingSum(
      hits.map((hit) => hit.weight),
      decay,
    ),
    hits,
  };
}

/**
 * Where hits of several rules overlap (`biên giới` inside `qua biên giới`), only the heaviest
 * counts: a mention is evidence once, by the strongest rule that recognises it.
 */
export function strongestMentions(hits: WeightedHit[]): WeightedHit[] {
  const kept: WeightedHit[] = [];
  for (const hit of [...hits].sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start))) {
    if (!kept.some((other) => overlaps(other, hit))) kept.push(hit);
  }
  return kept;
}

function overlaps(a: MatchHit, b: MatchHit): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end;
}

/** The words of a hit as they are indexed (lower-cased), for the matched terms shown in the UI. */
export function hitSurface(article: AnalysedArticle, hit: MatchHit): string {
  return article[hit.field].exact.slice(hit.start, hit.end).join(' ');
}
