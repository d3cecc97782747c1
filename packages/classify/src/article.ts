// An article analysed once for every rule: both token forms of headline and text (as the search
// index tokenises them) and where the lead — the first paragraph, the sapo of Vietnamese news —
// ends, since the headline and lead say what an article is about.
import type { MatchableDocument } from '@presswatch/domain';
import { analyseField, analyseParts, withoutMarkers } from '@presswatch/query';

export interface ArticleInput {
  title: string;
  text: string;
  language?: string | null;
  sourceId?: string;
  sourceName?: string;
  country?: string | null;
}

export interface AnalysedArticle extends MatchableDocument {
  /** Text tokens [0, leadEnd) are the lead (positions of the exact form). */
  leadEnd: number;
  /** The lead as written (for the summary). */
  leadText: string;
}

/** A lead longer than this many tokens is not a sapo; only its start counts as lead. */
const MAX_LEAD_TOKENS = 80;

const PARAGRAPH_BREAK = /\n\s*\n|\n/u;

export function analyseArticle(input: ArticleInput): AnalysedArticle {
  const text = withoutMarkers(input.text);
  const split = PARAGRAPH_BREAK.exec(text);
  const leadText = split ? text.slice(0, split.index) : text;
  // The rest starts with the line break, so no token spans the two parts.
  const parts = analyseParts(split ? [leadText, text.slice(split.index)] : [leadText]);
  return {
    title: analyseField(withoutMarkers(input.title)),
    text: parts.field,
    meta: {
      sourceId: input.sourceId ?? '',
      sourceName: input.sourceName ?? '',
      language: input.language ?? null,
      country: input.country ?? null,
      topics: [],
    },
    leadEnd: Math.min(parts.exactCounts[0]!, MAX_LEAD_TOKENS),
    leadText,
  };
}
