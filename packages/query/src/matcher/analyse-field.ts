// A field's tokens in both indexed forms, in one pass over the text.
//
// The reference definition is the search index's (search-tokens.ts): exact tokens are
// normalizeText, segmentScripts (CJK bigrams, Thai/Lao words), lower-case, runs of L/N/M/Co
// characters; folded tokens the same of foldText of that, what FTS5 sees in the *_folded
// columns. Calling those per document costs ~200 µs for a 3.7 kB article (normalizeText's tone regex and the
// Unicode-class regex), the whole classify budget. This does the same with one scan with a class
// table (which also tells whether the text is NFC already, so NFC runs only when needed), and a
// cache from a token's text to its two forms (news vocabulary is small, so
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
import * as chars from './char-table.ts';
import { charTables, isAstralTokenChar } from './char-table.ts';
import * as cached from './token-cache.ts';
import { TokenCache } from './token-cache.ts';

// The constants and helpers the scan uses per character, as this module's own constants: under
// tsx each file is a module of its own, and V8 checks at every read of an imported binding that
// it is initialised (a loop like the scan's ran twice as long with imported constants).
const { SEPARATOR, SPECIAL, SURROGATE, TOKEN, UNNORMALISED } = chars;
const { HAS_EXACT, HAS_FOLDED, hashFinish, hashStep } = cached;

let cache: TokenCache | null = null;

function tokenCache(): TokenCache {
  cache ??= new TokenCache();
  return cache;
}

// Scratch buffers reused by every scan: the result arrays are sliced out at their exact length,
// which costs less than growing two fresh arrays token by token.
const exactBuffer: string[] = [];
const foldedBuffer: string[] = [];
/**
 * The token cache's entry (token id) of each token in the buffers above: written straight into
 * the two `recentIds` arrays the analysed field will be remembered with (see analyseParts).
 */
let exactIdBuffer: number[] = [];
let foldedIdBuffer: number[] = [];

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
  const exactSlot = takeRecentSlots();
  exactIdBuffer = recentIds[exactSlot]!;
  foldedIdBuffer = recentIds[exactSlot + 1]!;
  const { scan, rawScan } = charTables();
  const exactCounts: number[] = [];
  let exactCount = 0;
  let foldedCount = 0;
  for (const part of parts) {
    // Most text is NFC already: scanned as it is until a character says it may not be.
    let status = scanTokens(part, rawScan, exactCount, foldedCount);
    if (status === NEEDS_NFC) status = scanTokens(part.normalize('NFC'), scan, exactCount, foldedCount);
    if (status !== SCANNED) return referenceParts(parts);
    exactCounts.push(scannedExact - exactCount);
    exactCount = scannedExact;
    foldedCount = scannedFolded;
  }
  const field = { exact: exactBuffer.slice(0, exactCount), folded: foldedBuffer.slice(0, foldedCount) };
  // Ids made before the cache was rebuilt mid-scan are not valid: no generation matches −1.
  const generation = tokenCache().generation === startGeneration ? startGeneration : -1;
  remember(exactSlot, field.exact, generation);
  remember(exactSlot + 1, field.folded, generation);
  return { field, exactCounts };
}

// What the fast path knows of the arrays it made last, remembered by identity (a few: those of
// the document being matched): they hold no CJK (those texts take the reference path), so they
// can skip the CJK-substring search, and the token cache's id of each token (phrase-trie.ts).
// An older array is simply searched.
const RECENT = 16;
const recentTokens: (readonly string[] | null)[] = new Array(RECENT).fill(null);
/** Reused buffers, filled by the scan (no array per field form to collect). */
const recentIds: number[][] = Array.from({ length: RECENT }, () => []);
const recentGenerations: number[] = new Array(RECENT).fill(0);
let recentNext = 0;

/** The next two slots (exact, folded), forgotten until the scan into their ids succeeds. */
function takeRecentSlots(): number {
  const slot = recentNext;
  recentTokens[slot] = null;
  recentTokens[slot + 1] = null;
  recentNext = (slot + 2) % RECENT;
  return slot;
}

function remember(slot: number, tokens: readonly string[], generation: number): void {
  recentTokens[slot] = tokens;
  recentGenerations[slot] = generation;
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

/** scanTokens' outcomes. */
const SCANNED = 0;
/** The text needs the reference path (a character the fast path does not handle). */
const REFERENCE = 1;
/** The text may not be NFC (`classes` is rawScan): normalise it and scan again. */
const NEEDS_NFC = 2;

/** The buffers' counts after the last SCANNED scan (module state: no object per scan). */
let scannedExact = 0;
let scannedFolded = 0;

/**
 * One scan over the text with the class table `classes` (scan for NFC text, rawScan for text that
 * may not be), appending to the scratch buffers from the given counts.
 */
function scanTokens(text: string, classes: Uint8Array, exactFrom: number, foldedFrom: number): number {
  const cache = tokenCache();
  const units = codeUnitsOf(text);
  const present = cache.present;
  // Module variables as locals: read per token, a module `let` costs a check at each read.
  const exactIds = exactIdBuffer;
  const foldedIds = foldedIdBuffer;
  let exactCount = exactFrom;
  let foldedCount = foldedFrom;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Between tokens. The common classes (TOKEN, SEPARATOR) cost one test each.
    let kind = classes[units[i]!]!;
    if (kind !== TOKEN) {
      if (kind > TOKEN) kind = unusualKind(kind, text, i);
      if (kind > TOKEN) return kind === UNNORMALISED ? NEEDS_NFC : REFERENCE;
      if (kind === SEPARATOR) {
        i++;
        continue;
      }
    }
    // A token starts at i (a token character): hash it up to the next separator.
    const start = i;
    let hash = hashStep(0, units[i]!);
    while (++i < n) {
      const code = units[i]!;
      let c = classes[code]!;
      if (c !== TOKEN) {
        if (c === SEPARATOR) break;
        c = unusualKind(c, text, i);
        if (c > TOKEN) return c === UNNORMALISED ? NEEDS_NFC : REFERENCE;
        if (c === SEPARATOR) break;
      }
      hash = hashStep(hash, code);
    }
    const entry = cache.entryOf(units, text, start, i, hashFinish(hash));
    if (entry < 0) return REFERENCE;
    const forms = present[entry]!;
    // cache.forms is read here, not before the loop: a rebuild (in entryOf) replaces the array.
    if ((forms & HAS_EXACT) !== 0) {
      exactIds[exactCount] = entry;
      exactBuffer[exactCount++] = cache.forms[2 * entry]!;
    }
    if ((forms & HAS_FOLDED) !== 0) {
      foldedIds[foldedCount] = entry;
      foldedBuffer[foldedCount++] = cache.forms[2 * entry + 1]!;
    }
  }
  scannedExact = exactCount;
  scannedFolded = foldedCount;
  return SCANNED;
}

/** codeUnitsOf's reused array (grown as needed) and a byte view of the same memory. */
let units = new Uint16Array(1 << 13);
let unitBytes = Buffer.from(units.buffer);

/**
 * The text's UTF-16 code units at the start of a reused array, valid until the next call: one
 * native copy, after which reading a unit is an array read (charCodeAt costs more, more still on
 * the sliced strings an article's parts are).
 */
function codeUnitsOf(text: string): Uint16Array {
  if (units.length < text.length) {
    units = new Uint16Array(Math.max(text.length, 2 * units.length));
    unitBytes = Buffer.from(units.buffer);
  }
  unitBytes.write(text, 0, 2 * text.length, 'utf16le');
  return units;
}

/** A class above TOKEN resolved: a surrogate's by its code point; SPECIAL and UNNORMALISED stay. */
function unusualKind(kind: number, text: string, i: number): number {
  return kind === SURROGATE ? surrogateKind(text, i) : kind;
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
