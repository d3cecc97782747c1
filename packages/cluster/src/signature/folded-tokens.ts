// Hashes of the folded word tokens of a text, in one pass and without building strings.
//
// A token is what @presswatch/text tokenize() calls a word (a run of letters, digits, combining
// marks and private-use characters), folded as foldText() folds it (lower case, no diacritics,
// đ→d). Folding also erases what normalizeText() fixes (tone-mark placement, decomposed text), so
// copies that differ only there hash alike. Each character of a script written without spaces
// (Chinese, Japanese, Korean, Thai, Lao, Khmer) is a token of its own, so shingles of those texts
// are character n-grams rather than one giant "word".
//
// Why not tokenize() + foldText(): on the corpus (3.7 kB articles) they run ~2,000 docs/s on this
// machine; this scanner, with its table built once from foldText(), ~16,000 (whole signatures:
// bench/cluster.bench.ts).
import { foldText } from '@presswatch/text';

/** Table entries besides a folded character code (0..0xffff). */
const SEPARATOR = -1;
/** A character that is a token by itself (scripts written without spaces). */
const SOLO = -2;
/** Part of a word that folds to nothing (a combining diacritic). */
const SILENT = -3;
/** Part of a word that folds to several characters (rare: ǆ, ﬁ…); see Tables.multi. */
const MULTI = -4;

/** Characters below this fold as foldText() folds them; above it they only have their case lowered. */
const FOLD_LIMIT = 0x2000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

interface Tables {
  /** Per UTF-16 unit: the folded code of a word character, or one of the negative classes. */
  fold: Int32Array;
  multi: Map<number, number[]>;
}

let tables: Tables | null = null;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}\p{Co}]$/u;
const SOLO_RANGES: [number, number][] = [
  [0x0e00, 0x0eff], // Thai, Lao
  [0x1780, 0x17ff], // Khmer
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
];

function entryOf(code: number, multi: Map<number, number[]>): number {
  if (code >= 0xd800 && code <= 0xdfff) return code; // astral characters: kept inside words as they are
  if (SOLO_RANGES.some(([from, to]) => code >= from && code <= to)) return SOLO;
  const ch = String.fromCharCode(code);
  if (!WORD_CHAR.test(ch)) return SEPARATOR;
  const folded = code < FOLD_LIMIT ? foldText(ch) : ch.toLowerCase();
  if (folded.length === 0) return SILENT;
  if (folded.length === 1) return folded.charCodeAt(0);
  multi.set(
    code,
    [...folded].map((c) => c.charCodeAt(0)),
  );
  return MULTI;
}

/** Built on first use (not at import): one entry per UTF-16 unit, from foldText(). */
function getTables(): Tables {
  if (tables) return tables;
  const multi = new Map<number, number[]>();
  const fold = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) fold[code] = entryOf(code, multi);
  tables = { fold, multi };
  return tables;
}

/** Calls `visit` with the 32-bit hash of each folded token of `text`, in order. */
export function forEachTokenHash(text: string, visit: (hash: number) => void): void {
  const { fold, multi } = getTables();
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = fold[code]!;
    if (entry >= 0) {
      hash = Math.imul(hash ^ entry, FNV_PRIME);
      inWord = true;
    } else if (entry === SILENT) {
      inWord = true;
    } else if (entry === MULTI) {
      for (const unit of multi.get(code)!) hash = Math.imul(hash ^ unit, FNV_PRIME);
      inWord = true;
    } else {
      if (inWord) {
        visit(hash >>> 0);
        hash = FNV_OFFSET;
        inWord = false;
      }
      if (entry === SOLO) visit(Math.imul(FNV_OFFSET ^ code, FNV_PRIME) >>> 0);
    }
  }
  if (inWord) visit(hash >>> 0);
}

/** The token hashes of `text` as an array (tests, titles). */
export function tokenHashes(text: string): number[] {
  const out: number[] = [];
  forEachTokenHash(text, (hash) => out.push(hash));
  return out;
}
