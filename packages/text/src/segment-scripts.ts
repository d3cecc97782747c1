// Scripts written without spaces between words, cut into searchable pieces. A word tokenizer that
// keeps runs of letters whole (FTS5 unicode61, tokenize.ts) turns 中国在南海 into one token, so
// the query 南海 would never match it. Before tokenizing, segmentScripts rewrites those runs:
//
//   Han, Hiragana, Katakana, Hangul   overlapping character bigrams (西沙群岛 → 西沙 沙群 群岛);
//                                     a run of one character stays a unigram. A query word gets
//                                     the same treatment, so 西沙 (one bigram) is found inside
//                                     西沙群岛 and 西沙群岛 is the phrase "西沙 沙群 群岛".
//   Thai, Lao                         dictionary words by Intl.Segmenter (ICU), space-separated.
//
// Every other character is left as it is, so text without those scripts comes back unchanged (and
// is checked with one regex test). The search index stores segmented text and the query side
// segments query words the same way, so both sides cut alike.

/** A character of the bigram scripts that is a letter or a number (marks break a run). */
const BIGRAM_CHAR = /(?=[\p{L}\p{N}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;

/**
 * A character of the scripts Intl.Segmenter cuts into dictionary words that is a token character
 * (letters, digits, vowel signs; not Thai punctuation such as ๚), so a run never spans two tokens
 * of the plain tokenizer and cutting a token alone (highlights) cuts it as in the whole text.
 */
const DICTIONARY_CHAR = /(?=[\p{L}\p{N}\p{M}])[\p{Script=Thai}\p{Script=Lao}]/u;

/** One character of either kind (tested cheaply before any work). */
const HAS_SEGMENTED = new RegExp(`${BIGRAM_CHAR.source}|${DICTIONARY_CHAR.source}`, 'u');

/** Classes of characters: not segmented, a bigram script, a dictionary script. */
const PLAIN = 0;
const BIGRAMS = 1;
const WORDS = 2;

let bmpClasses: Uint8Array | null = null;

/** The class of every BMP code unit, built on first use (a regex per character is too slow per text). */
function classTable(): Uint8Array {
  if (bmpClasses) return bmpClasses;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    table[code] = classOfChar(String.fromCharCode(code));
  }
  bmpClasses = table;
  return table;
}

function classOfChar(ch: string): number {
  if (BIGRAM_CHAR.test(ch)) return BIGRAMS;
  return DICTIONARY_CHAR.test(ch) ? WORDS : PLAIN;
}

/** The class of the character at i (for a surrogate pair, at its high half; a low half is PLAIN). */
function classAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return table[code]!;
  const next = text.charCodeAt(i + 1);
  if (next < 0xdc00 || next > 0xdfff) return PLAIN;
  return classOfChar(text.slice(i, i + 2));
}

/** 2 at the high half of a surrogate pair, else 1. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** True when the text holds a character segmentScripts rewrites. */
export function hasSegmentedScript(text: string): boolean {
  return HAS_SEGMENTED.test(text);
}

/** True for one character (a code point) that segmentScripts rewrites. */
export function isSegmentedScriptChar(ch: string): boolean {
  return classOfChar(ch) !== PLAIN;
}

/**
 * The text with each run of a segmented script replaced by its pieces, space-separated and set
 * apart from neighbouring text by a space where there was none (`abc西沙。` → `abc 西沙 。`).
 * Unchanged when there is no such run.
 */
export function segmentScripts(text: string): string {
  const runs = scriptRuns(text);
  if (runs.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const { start, end, kind } of runs) {
    out += text.slice(copied, start);
    if (start > 0 && !isSpace(text.charCodeAt(start - 1))) out += ' ';
    const run = text.slice(start, end);
    out += (kind === 'words' ? dictionaryWords(run) : cjkBigrams(run)).join(' ');
    if (end < text.length && !isSpace(text.charCodeAt(end))) out += ' ';
    copied = end;
  }
  return out + text.slice(copied);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x3000;
}

/** A run of a segmented script in a text: [start, end) in UTF-16 units, and how it is cut. */
export interface ScriptRun {
  start: number;
  end: number;
  kind: 'bigrams' | 'words';
}

/** The runs segmentScripts rewrites, in order (for callers that need where each piece lies). */
export function scriptRuns(text: string): ScriptRun[] {
  // The class table, not HAS_SEGMENTED: one array read per code unit beats the regex's
  // look-ahead and script classes by ~10× on text without such runs (nearly all of it).
  const table = classTable();
  const runs: ScriptRun[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classAt(text, i, table);
    if (cls === PLAIN) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    i += widthAt(text, i);
    while (i < text.length && classAt(text, i, table) === cls) i += widthAt(text, i);
    runs.push({ start, end: i, kind: cls === WORDS ? 'words' : 'bigrams' });
  }
  return runs;
}

/** Overlapping bigrams of code points; a single character is its own piece. */
export function cjkBigrams(run: string): string[] {
  if (!hasSurrogates(run)) {
    if (run.length < 2) return [run];
    const pieces = new Array<string>(run.length - 1);
    for (let i = 0; i + 1 < run.length; i++) pieces[i] = run.slice(i, i + 2);
    return pieces;
  }
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  return chars.slice(0, -1).map((char, i) => char + chars[i + 1]!);
}

function hasSurrogates(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

let segmenter: Intl.Segmenter | null = null;

/**
 * Thai and Lao words by ICU's dictionary (one segmenter serves both: ICU picks the dictionary by
 * script). Without Intl.Segmenter (a Node built without ICU data), bigrams of code points.
 */
export function dictionaryWords(run: string): string[] {
  return dictionaryWordSpans(run).map(([start, end]) => run.slice(start, end));
}

/** Where each of dictionaryWords(run) lies in the run: [start, end) in UTF-16 units. */
export function dictionaryWordSpans(run: string): [start: number, end: number][] {
  if (typeof Intl.Segmenter !== 'function') return bigramSpans(run);
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const spans: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(run)) spans.push([index, index + segment.length]);
  return spans;
}

function bigramSpans(run: string): [number, number][] {
  const starts: number[] = [];
  for (let i = 0; i < run.length; i += (run.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) starts.push(i);
  if (starts.length < 2) return [[0, run.length]];
  return starts.slice(0, -1).map((start, k) => [start, starts[k + 2] ?? run.length]);
}
