// A field's tokens in both indexed forms, in one pass over the text.
//
// The reference definition is the search index's (search-tokens.ts): exact tokens are
// normalizeText, segmentScripts (CJK bigrams, Thai/Lao words), lower-case, runs of L/N/M/Co
// characters; folded tokens the same of foldText of that, what FTS5 sees in the *_folded
// columns. Calling those per document costs ~200 µs for a 3.7 kB article (normalizeText's tone regex and the
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
import { isSegmentedScriptChar } from '@presswatch/text';
import { searchTokens } from '../search-tokens.ts';
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
/** The token cache's entry (token id) of each token in the buffers above. */
const exactIdBuffer: number[] = [];
const foldedIdBuffer: number[] = [];

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
  const startGeneration = tokenCache().generation;
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
  // Ids made before the cache was rebuilt mid-scan are not valid: no generation matches −1.
  const generation = tokenCache().generation === startGeneration ? startGeneration : -1;
  remember(field.exact, exactIdBuffer, generation);
  remember(field.folded, foldedIdBuffer, generation);
  return { field, exactCounts };
}

// What the fast path knows of the arrays it made last, remembered by identity (a few: those of
// the document being matched): they hold no CJK (those texts take the reference path), so they
// can skip the CJK-substring search, and the token cache's id of each token (phrase-trie.ts).
// An older array is simply searched.
const RECENT = 16;
const recentTokens: (readonly string[] | null)[] = new Array(RECENT).fill(null);
/** Reused buffers (ids are copied, not sliced: one array fewer to collect per field form). */
const recentIds: number[][] = Array.from({ length: RECENT }, () => []);
const recentGenerations: number[] = new Array(RECENT).fill(0);
let recentNext = 0;

function remember(tokens: readonly string[], ids: readonly number[], generation: number): void {
  recentTokens[recentNext] = tokens;
  const copy = recentIds[recentNext]!;
  for (let k = 0; k < tokens.length; k++) copy[k] = ids[k]!;
  recentGenerations[recentNext] = generation;
  recentNext = (recentNext + 1) % RECENT;
}

/** True when the array is known to hold no CJK character (no CJK substring can match in it). */
export function knownWithoutCjk(tokens: readonly string[]): boolean {
  for (const recent of recentTokens) if (recent === tokens) return true;
  return false;
}

/**
 * The token ids of an array the fast path made recently, while they are still valid, else null.
 * An id is the same for the same token text only within one generation of the token cache.
 */
export function tokenIdsOf(tokens: readonly string[]): TokenIds | null {
  const generation = tokenCache().generation;
  for (let k = 0; k < RECENT; k++) {
    if (recentTokens[k] === tokens && recentGenerations[k] === generation)
      return { ids: recentIds[k]!, generation };
  }
  return null;
}

/** Ids of the tokens of an array, valid for one generation of the token cache. */
export interface TokenIds {
  /** A plain array: a typed one this long would be allocated off the heap, costing more. */
  ids: readonly number[];
  generation: number;
}

/** The definition: what the FTS5 columns produce (search-tokens.ts). */
export function referenceAnalysis(text: string): AnalysedField {
  return searchTokens(text);
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
      if (kind === SPECIAL) return null;
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
        if (c === SPECIAL) return null;
      }
      if (c === SEPARATOR) break;
      hash = hashStep(hash, code);
      i++;
    }
    const entry = cache.entryOf(text, start, i, hashFinish(hash));
    if (entry < 0) return null;
    const forms = cache.forms;
    const exact = forms[2 * entry]!;
    const folded = forms[2 * entry + 1]!;
    if (exact) {
      exactIdBuffer[exactCount] = entry;
      exactBuffer[exactCount++] = exact;
    }
    if (folded) {
      foldedIdBuffer[foldedCount] = entry;
      foldedBuffer[foldedCount++] = folded;
    }
  }
  return { exact: exactCount, folded: foldedCount };
}

/**
 * The class of the code unit at i, a surrogate. A pair's high half is TOKEN, SEPARATOR or SPECIAL
 * (a segmented script: CJK extensions) by its code point and the low half then takes the same
 * class (so the pair stays whole); a lone surrogate is a separator, as for the Unicode regex of
 * tokenize.
 */
function surrogateKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next < 0xdc00 || next > 0xdfff) return SEPARATOR;
    return astralKind(text.codePointAt(i)!);
  }
  const prev = text.charCodeAt(i - 1);
  if (prev < 0xd800 || prev > 0xdbff) return SEPARATOR;
  return astralKind(text.codePointAt(i - 1)!);
}

function astralKind(codePoint: number): number {
  if (!isAstralTokenChar(codePoint)) return SEPARATOR;
  return isSegmentedScriptChar(String.fromCodePoint(codePoint)) ? SPECIAL : TOKEN;
}
