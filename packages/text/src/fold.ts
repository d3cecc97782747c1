// Diacritic folding: lower-case, strip Latin/Greek/Cyrillic diacritics, đ→d. The index keeps a
// folded copy of every token so a word typed without diacritics finds both spellings.
//
// Folding is a per-character table lookup built once on first use (not at import): every code
// unit below FOLD_TABLE_SIZE maps to its folded string. Above it, characters are only lower-cased.

/** Covers Latin, IPA, Greek, Cyrillic, the combining marks and Latin Extended Additional (Vietnamese). */
const FOLD_TABLE_SIZE = 0x2000;

/**
 * Combining marks that count as diacritics. Vowel signs of abugidas (Lao, Thai, Khmer…) are also
 * combining marks but are letters of the word, not decoration, so they are kept.
 */
const DIACRITIC_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;

/** Letters with a stroke do not decompose under NFD; these are folded by hand. */
const STROKE_LETTERS: Record<string, string> = {
  Đ: 'd', // U+0110 Vietnamese capital d with stroke
  đ: 'd',
  Ð: 'd', // U+00D0 eth: legacy Vietnamese text often uses it for Đ
  ð: 'd',
};

let table: string[] | null = null;

function foldTable(): string[] {
  if (table) return table;
  const built = new Array<string>(FOLD_TABLE_SIZE);
  for (let code = 0; code < FOLD_TABLE_SIZE; code++) {
    const ch = String.fromCharCode(code);
    built[code] = STROKE_LETTERS[ch] ?? ch.normalize('NFD').replace(DIACRITIC_MARKS, '').toLowerCase();
  }
  table = built;
  return built;
}

/** Lower-cases and removes diacritics (`Đồng Hới` → `dong hoi`). Works on NFC and NFD input alike. */
export function foldText(s: string): string {
  const t = foldTable();
  let out = '';
  let runStart = -1; // start of a run of characters outside the table
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < FOLD_TABLE_SIZE) {
      if (runStart >= 0) {
        out += s.slice(runStart, i).toLowerCase();
        runStart = -1;
      }
      out += t[code];
    } else if (runStart < 0) {
      runStart = i;
    }
  }
  if (runStart >= 0) out += s.slice(runStart).toLowerCase();
  return out;
}

/** True when folding changes the word beyond lower-casing: the word was typed with diacritics. */
export function hasDiacritics(word: string): boolean {
  return foldText(word) !== word.normalize('NFC').toLowerCase();
}
