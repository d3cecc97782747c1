// Tone in −1..1 from the lexicon: positive and negative words add up; a word within a negator's
// scope counts the other way, at NEGATED_WEIGHT (`không an toàn` is negative, but less sharply
// than `nguy hiểm`). The headline counts twice.
import type { AnalysedArticle } from '../article.ts';
import type { EntryKind, ToneLexicon } from './tone-lexicon.ts';

const NEGATED_WEIGHT = 0.7;
const TITLE_WEIGHT = 2;
/** Damps the score of an article with few tone words: one word gives ±1/3. */
const SMOOTHING = 2;

interface Totals {
  positive: number;
  negative: number;
}

export function scoreTone(lexicon: ToneLexicon, article: AnalysedArticle): number {
  const totals: Totals = { positive: 0, negative: 0 };
  addTone(occurrences(lexicon, article, 'title'), TITLE_WEIGHT, totals);
  addTone(occurrences(lexicon, article, 'text'), 1, totals);
  const { positive, negative } = totals;
  const tone = (positive - negative) / (positive + negative + SMOOTHING);
  return Math.round(tone * 1000) / 1000;
}

interface Occurrence {
  start: number;
  end: number;
  kind: EntryKind;
}

/** Lexicon entries in the field, left to right, the longest at each position, none overlapping. */
function occurrences(lexicon: ToneLexicon, article: AnalysedArticle, field: 'title' | 'text'): Occurrence[] {
  const all: Occurrence[] = [];
  for (const { locator, kind } of lexicon.entries) {
    for (const start of locator.startsIn(article, field))
      all.push({ start, end: start + locator.length, kind });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: Occurrence[] = [];
  let reached = 0;
  for (const occurrence of all) {
    if (occurrence.start < reached) continue;
    taken.push(occurrence);
    reached = occurrence.end;
  }
  return taken;
}

function addTone(found: Occurrence[], factor: number, totals: Totals): void {
  let negatedUntil = -1;
  for (const { start, end, kind } of found) {
    if (kind.kind === 'negator') {
      negatedUntil = end + kind.scope;
    } else if (kind.kind === 'polar') {
      const negated = start < negatedUntil;
      const weight = (negated ? -NEGATED_WEIGHT : 1) * kind.weight * factor;
      if (weight > 0) totals.positive += weight;
      else totals.negative -= weight;
      if (negated) negatedUntil = -1;
    }
  }
}
