// Per-character lookup tables for the one-pass analyser (analyse-field.ts), built on first use.
//
// TOKEN: is the code unit a token character of the search index (Unicode L*, N*, M*, Co — the
// categories of the FTS5 unicode61 tokenizer and of @presswatch/text tokenize)?
// FOLD: what foldText() turns the character into, and whether that is safe to apply inside a
// token (a token character must fold to token characters only, a separator to separators only);
// a document holding an unsafe character is analysed by the reference path instead.
import { foldText, isSegmentedScriptChar, nfcSafeTable } from '@presswatch/text';

const TOKEN_CHAR = /^[\p{L}\p{N}\p{M}\p{Co}]$/u;

/** foldText() maps every code unit below this through its table; above it only lower-cases. */
export const FOLD_LIMIT = 0x2000;

/** Classes of the `scan` table. */
export const SEPARATOR = 0;
export const TOKEN = 1;
/** A token character the fast analyser hands to the reference path (see analyse-field.ts). */
export const SPECIAL = 2;
export const SURROGATE = 3;
/** In `rawScan`: a code unit that is not NFC-safe (@presswatch/text nfc.ts); the text must be
 * normalised before it is scanned. */
export const UNNORMALISED = 4;

/** Scripts whose tokenising may go beyond runs of letters (Thai, Lao, Khmer, Myanmar, CJK…). */
const SEGMENTED_SCRIPTS: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x17ff], // Khmer
  [0x2e80, 0x9fff], // CJK radicals … unified ideographs, kana, Hangul compatibility jamo
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff], // Hangul syllables
  [0xf900, 0xfaff],
];

/** Greek capital sigma: its lower case depends on the next letter (σ or final ς). */
const GREEK_CAPITAL_SIGMA = 0x03a3;

export interface CharTables {
  /** 1 for a token character, 0 otherwise; surrogates are 0 (classified by code point). */
  token: Uint8Array;
  /** SEPARATOR, TOKEN, SPECIAL or SURROGATE for every BMP code unit. */
  scan: Uint8Array;
  /**
   * `scan` for text not yet normalised: the same class for an NFC-safe code unit, UNNORMALISED for
   * every other (surrogates included). A text whose scan meets none is NFC already, so scanning
   * it as it is gives what scanning its NFC would.
   */
  rawScan: Uint8Array;
  /** 1 for a letter or combining mark (the class the tone-mark rule looks at). */
  letterOrMark: Uint8Array;
  /** foldText of each code unit below FOLD_LIMIT. */
  fold: string[];
  /** 1 when fold[code] is safe to use piecewise (see the header). */
  foldSafe: Uint8Array;
}

let tables: CharTables | null = null;

export function charTables(): CharTables {
  if (tables) return tables;
  const token = new Uint8Array(0x10000);
  const letterOrMark = new Uint8Array(0x10000);
  const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    token[code] = TOKEN_CHAR.test(ch) ? 1 : 0;
    letterOrMark[code] = LETTER_OR_MARK.test(ch) ? 1 : 0;
  }
  const fold = new Array<string>(FOLD_LIMIT);
  const foldSafe = new Uint8Array(FOLD_LIMIT);
  for (let code = 0; code < FOLD_LIMIT; code++) {
    const folded = foldText(String.fromCharCode(code));
    fold[code] = folded;
    foldSafe[code] = isFoldSafe(token[code] === 1, folded, token) ? 1 : 0;
  }
  const scan = scanClasses(token, foldSafe);
  tables = { token, scan, rawScan: rawScanClasses(scan), letterOrMark, fold, foldSafe };
  return tables;
}

function scanClasses(token: Uint8Array, foldSafe: Uint8Array): Uint8Array {
  const scan = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) scan[code] = SURROGATE;
    else if (token[code] === 0) scan[code] = code < FOLD_LIMIT && foldSafe[code] === 0 ? SPECIAL : SEPARATOR;
    else if (code < FOLD_LIMIT && foldSafe[code] === 0) scan[code] = SPECIAL;
    else scan[code] = code === GREEK_CAPITAL_SIGMA || isSegmentedScript(code) ? SPECIAL : TOKEN;
  }
  return scan;
}

function rawScanClasses(scan: Uint8Array): Uint8Array {
  const safe = nfcSafeTable();
  const raw = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) raw[code] = safe[code] === 1 ? scan[code]! : UNNORMALISED;
  return raw;
}

/** Scripts @presswatch/text segmentScripts rewrites, and neighbours whose tokenising may one day. */
function isSegmentedScript(code: number): boolean {
  for (const [from, to] of SEGMENTED_SCRIPTS) if (code >= from && code <= to) return true;
  return isSegmentedScriptChar(String.fromCharCode(code));
}

function isFoldSafe(isToken: boolean, folded: string, token: Uint8Array): boolean {
  // A separator that folds to nothing would glue two tokens together in the folded text.
  if (!isToken && folded.length === 0) return false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return false;
    if ((token[code] === 1) !== isToken) return false;
  }
  return true;
}

/** Token test for a code point outside the BMP (rare: historic scripts, CJK extensions). */
export function isAstralTokenChar(codePoint: number): boolean {
  return TOKEN_CHAR.test(String.fromCodePoint(codePoint));
}
