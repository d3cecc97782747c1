// Unicode general-category tests for single code points, by a table for the BMP (built on first
// use) instead of a regex per character: the sentence splitter and the summary test the edges of
// every word and sentence, and most Vietnamese letters are outside ASCII.

/** Bits of the table. */
const LETTER = 1;
const UPPER = 2;
const NUMBER = 4;

const LETTER_RE = /^\p{L}$/u;
const UPPER_RE = /^\p{Lu}$/u;
const NUMBER_RE = /^\p{N}$/u;

let table: Uint8Array | null = null;

function classTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    built[code] =
      (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0);
  }
  table = built;
  return built;
}

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) return classTable()[codePoint]!;
  const ch = String.fromCodePoint(codePoint);
  return (
    (LETTER_RE.test(ch) ? LETTER : 0) | (UPPER_RE.test(ch) ? UPPER : 0) | (NUMBER_RE.test(ch) ? NUMBER : 0)
  );
}

/** \p{L} */
export function isLetterCode(codePoint: number): boolean {
  return (classOf(codePoint) & LETTER) !== 0;
}

/** \p{Lu} */
export function isUpperCode(codePoint: number): boolean {
  return (classOf(codePoint) & UPPER) !== 0;
}

/** [\p{L}\p{N}] */
export function isLetterOrNumberCode(codePoint: number): boolean {
  return (classOf(codePoint) & (LETTER | NUMBER)) !== 0;
}
