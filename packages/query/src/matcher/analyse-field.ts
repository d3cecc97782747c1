// A field's tokens in both indexed forms, in one pass over the text.
//
// The reference definition is the search index's: exact tokens are `tokenize(text)`
// (normalizeText, lower-case, runs of L/N/M/Co characters) and folded tokens are
// `tokenize(foldText(normalizeText(text)))`, what FTS5 sees in the *_folded columns. Calling
// those per document costs ~200 µs for a 3.7 kB article (normalizeText's tone regex and the
// Unicode-class regex), the whole classify budget. This does the same with one NFC, one scan with
// a class table, and a cache from a token's text to its two forms (news vocabulary is small, so
// nearly every token is a cache hit, found without even slicing the token out of the text).
//
// Texts holding characters whose handling could differ (a fold that is not piecewise-safe,
// Greek capital sigma whose lower case depends on context, scripts that @presswatch/text may
// segment specially) take the reference path, so the result always equals the reference;
// packages/classify/test/matcher/analyse-field.test.ts checks that on fixtures, random strings
// and the corpus.
import type { AnalysedField } from '@presswatch/domain';
import { foldText, normalizeText, tokenize } from '@presswatch/text';
import { charTables, isAstralTokenChar, SEPARATOR, SPECIAL, TOKEN } from './char-table.ts';
import { hashFinish, hashStep, TokenCache } from './token-cache.ts';

let cache: TokenCache | null = null;

function tokenCache(): TokenCache {
  cache ??= new TokenCache();
  return cache;
}

// Scratch buffers reused by every scan: the result arrays are sliced out at their exact length,
// which costs less than growing two fresh arrays token by token.
const exactBuffer: string[] = [];
const foldedBuffer: string[] = [];

/** Exact and folded tokens of one text, equal to the search index's tokenisation. */
export function analyseField(text: string): AnalysedField {
  return analyseParts([text]).field;
}

export interface AnalysedParts {
  /** The tokens of all parts, in order (parts are separate runs of text: no token spans two). */
  field: AnalysedField;
  /** How many exact tokens each part gave. */
  exactCounts: number[];
}

/** Several texts analysed into one field, e.g. an article's lead and the rest of its text. */
export function analyseParts(parts: readonly string[]): AnalysedParts {
  const exactCounts: number[] = [];
  let exactCount = 0;
  let foldedCount = 0;
  for (const part of parts) {
    const counts = scanTokens(part.normalize('NFC'), exactCount, foldedCount);
    if (!counts) return referenceParts(parts);
    exactCounts.push(counts.exact - exactCount);
    exactCount = counts.exact;
    foldedCount = counts.folded;
  }
  const field = { exact: exactBuffer.slice(0, exactCount), folded: foldedBuffer.slice(0, foldedCount) };
  rememberWithoutCjk(field.exact);
  rememberWithoutCjk(field.folded);
  return { field, exactCounts };
}

// The fast path never yields CJK (those texts take the reference path), so the arrays it made
// last can skip the CJK-substring search. A few recent ones are remembered by identity: those of
// the document being matched; an older array is simply searched.
const RECENT = 16;
const recentWithoutCjk: (readonly string[] | null)[] = new Array(RECENT).fill(null);
let recentNext = 0;

function rememberWithoutCjk(tokens: readonly string[]): void {
  recentWithoutCjk[recentNext] = tokens;
  recentNext = (recentNext + 1) % RECENT;
}

/** True when the array is known to hold no CJK character (no CJK substring can match in it). */
export function knownWithoutCjk(tokens: readonly string[]): boolean {
  for (const recent of recentWithoutCjk) if (recent === tokens) return true;
  return false;
}

/** The definition: what @presswatch/text and the FTS5 columns produce. */
export function referenceAnalysis(text: string): AnalysedField {
  return { exact: tokenize(text), folded: tokenize(foldText(normalizeText(text))) };
}

function referenceParts(parts: readonly string[]): AnalysedParts {
  const analysed = parts.map(referenceAnalysis);
  return {
    field: { exact: analysed.flatMap((a) => a.exact), folded: analysed.flatMap((a) => a.folded) },
    exactCounts: analysed.map((a) => a.exact.length),
  };
}

/**
 * One scan over NFC text, appending to the scratch buffers from the given counts; the new counts,
 * or null when the text needs the reference path.
 */
function scanTokens(
  text: string,
  exactFrom: number,
  foldedFrom: number,
): { exact: number; folded: number } | null {
  const { scan } = charTables();
  const cache = tokenCache();
  let exactCount = exactFrom;
  let foldedCount = foldedFrom;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let kind = scan[text.charCodeAt(i)]!;
    if (kind > TOKEN) {
      if (kind === SPECIAL) return null;
      kind = surrogateKind(text, i);
    }
    if (kind === SEPARATOR) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      let c = scan[code]!;
      if (c > TOKEN) {
        if (c === SPECIAL) return null;
        c = surrogateKind(text, i);
      }
      if (c === SEPARATOR) break;
      hash = hashStep(hash, code);
      i++;
    }
    const slot = cache.slotOf(text, start, i, hashFinish(hash));
    if (slot < 0) return null;
    const exact = cache.exact[slot]!;
    const folded = cache.folded[slot]!;
    if (exact) exactBuffer[exactCount++] = exact;
    if (folded) foldedBuffer[foldedCount++] = folded;
  }
  return { exact: exactCount, folded: foldedCount };
}

/**
 * The class of the code unit at i, a surrogate. A pair's high half is TOKEN or SEPARATOR by its
 * code point and the low half then takes the same class (so the pair stays whole); a lone
 * surrogate is a separator, as for the Unicode regex of tokenize.
 */
function surrogateKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next < 0xdc00 || next > 0xdfff) return SEPARATOR;
    return isAstralTokenChar(text.codePointAt(i)!) ? TOKEN : SEPARATOR;
  }
  const prev = text.charCodeAt(i - 1);
  if (prev < 0xd800 || prev > 0xdbff) return SEPARATOR;
  return isAstralTokenChar(text.codePointAt(i - 1)!) ? TOKEN : SEPARATOR;
}
