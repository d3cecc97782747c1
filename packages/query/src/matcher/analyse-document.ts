// A document as the matcher sees it, tokenised exactly as the SQLite index stores it
// (storage-sqlite items/item-rows.ts ftsRow: normalised text, highlight markers removed).
import type { MatchableDocument } from '@presswatch/domain';
import { analyseField } from './analyse-field.ts';

export interface DocumentToAnalyse {
  title: string;
  text: string;
  sourceId?: string;
  sourceName?: string;
  language?: string | null;
  country?: string | null;
  /** Topic names already assigned (for `topic:` rules). */
  topics?: readonly string[];
}

/** The highlight markers of the search adapter (storage-sqlite search/highlight.ts), which the
 * index replaces by spaces. Built from strings: control characters are not written in regex literals. */
const OPEN = '\u0001';
const CLOSE = '\u0002';
const MARKERS = new RegExp(`[${OPEN}${CLOSE}]`, 'gu');

export function analyseDocument(input: DocumentToAnalyse): MatchableDocument {
  return {
    title: analyseField(withoutMarkers(input.title)),
    text: analyseField(withoutMarkers(input.text)),
    meta: {
      sourceId: input.sourceId ?? '',
      sourceName: input.sourceName ?? '',
      language: input.language ?? null,
      country: input.country ?? null,
      topics: [...(input.topics ?? [])],
    },
  };
}

export function withoutMarkers(s: string): string {
  return s.includes(OPEN) || s.includes(CLOSE) ? s.replace(MARKERS, ' ') : s;
}
