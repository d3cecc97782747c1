// Tone in −1..1 from the lexicon: positive and negative words add up; a word within a negator's
// scope counts the other way, at NEGATED_WEIGHT (`không an toàn` is negative, but less sharply
// than `nguy hiểm`). The headline counts twice.
import type { AnalysedArticle } from '../article.ts';
import type { EntryKind, ToneLexicon, ToneNode } from './tone-lexicon.ts';

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
  addTone(lexicon, article.title.exact, TITLE_WEIGHT, totals);
  addTone(lexicon, article.text.exact, 1, totals);
  const { positive, negative } = totals;
  const tone = (positive - negative) / (positive + negative + SMOOTHING);
  return Math.round(tone * 1000) / 1000;
}

/** One pass: the longest entry at each position, then the tokens after it. */
function addTone(lexicon: ToneLexicon, tokens: readonly string[], factor: number, totals: Totals): void {
  let negatedUntil = -1;
  const firsts = lexicon.firstWords;
  const ids = firsts.idsOf(tokens);
  let i = 0;
  while (i < tokens.length) {
    const first = ids === null ? firsts.valueOfToken(tokens[i]!) : firsts.valueById(ids[i]!, tokens[i]!);
    const end = first ? longestEntryEnd(first, tokens, i) : -1;
    if (end < 0) {
      i++;
      continue;
    }
    const kind = entryAt(first!, tokens, i, end);
    if (kind.kind === 'negator') {
      negatedUntil = end + kind.scope;
    } else if (kind.kind === 'polar') {
      const negated = i < negatedUntil;
      const weight = (negated ? -NEGATED_WEIGHT : 1) * kind.weight * factor;
      if (weight > 0) totals.positive += weight;
      else totals.negative -= weight;
      if (negated) negatedUntil = -1;
    }
    i = end;
  }
}

/** The end (exclusive) of the longest entry whose first word is `first` (at `from`), or −1. */
function longestEntryEnd(first: ToneNode, tokens: readonly string[], from: number): number {
  let node: ToneNode | undefined = first;
  let end = first.entry ? from + 1 : -1;
  for (let k = from + 1; k < tokens.length; k++) {
    node = node.next.get(tokens[k]!);
    if (!node) break;
    if (node.entry) end = k + 1;
  }
  return end;
}

function entryAt(first: ToneNode, tokens: readonly string[], from: number, end: number): EntryKind {
  let node = first;
  for (let k = from + 1; k < end; k++) node = node.next.get(tokens[k]!)!;
  return node.entry!;
}
