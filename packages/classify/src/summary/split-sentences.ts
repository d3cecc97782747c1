// Sentences of a text for the summary. Uses the text package's splitter when it has one
// (splitSentences); until then a small splitter of our own, one pass over the characters: a
// sentence ends at . ! ? … (and any closing quotes or brackets) followed by a space and then a
// capital, a digit or an opening quote, or at a line break — but not after an abbreviation
// (`TP. Hồ Chí Minh`, `TS. Nguyễn`, `Mr. Smith`).
import * as text from '@presswatch/text';

type Splitter = (s: string) => unknown;

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  [
    'tp',
    'tt',
    'ts',
    'ths',
    'pgs',
    'gs',
    'bs',
    'ks',
    'ls',
    'q',
    'p',
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'jr',
    'sr',
  ].concat(['inc', 'ltd', 'co', 'no', 'vs', 'u.s', 'u.n']),
);

// Characters are compared by code: reading s[i] of a text with Vietnamese letters allocates a
// string per read, and this runs on every article.
const codes = (chars: string) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const CLOSERS = codes('"”’»)]\'');
const OPENERS = codes('"“‘«([\'');
const NEWLINE = 10;
const FULL_STOP = 46;

/** . ! ? … */
function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === 33 || code === 63 || code === 0x2026;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const LETTER_OR_DOT = /[\p{L}.]/u;

export function splitSentences(s: string): string[] {
  const shared = (text as unknown as Record<string, unknown>)['splitSentences'];
  if (typeof shared === 'function') {
    const result = (shared as Splitter)(s);
    if (Array.isArray(result) && result.every((part) => typeof part === 'string')) return result;
  }
  return splitSimply(s);
}

export function splitSimply(s: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code === NEWLINE) {
      push(sentences, s.slice(from, i));
      from = ++i;
      continue;
    }
    if (!isTerminator(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < s.length && (isTerminator(s.charCodeAt(end)) || CLOSERS.has(s.charCodeAt(end)))) end++;
    if (endsSentence(s, from, i, end)) {
      push(sentences, s.slice(from, end));
      from = end;
    }
    i = end;
  }
  push(sentences, s.slice(from));
  return sentences;
}

/** s[at] is a terminator and s[at, end) the punctuation run: does a sentence end there? */
function endsSentence(s: string, from: number, at: number, end: number): boolean {
  if (end >= s.length || !isSpace(s.charCodeAt(end))) return false;
  let next = end;
  while (next < s.length && isSpace(s.charCodeAt(next))) next++;
  if (next < s.length && OPENERS.has(s.charCodeAt(next))) next++;
  if (next >= s.length || !UPPER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(next)!))) return false;
  if (s.charCodeAt(at) !== FULL_STOP || end - at > 1) return true;
  return !ABBREVIATIONS.has(lastWord(s, from, at).toLowerCase());
}

/** The letters and dots just before `at` (at most 8). */
function lastWord(s: string, from: number, at: number): string {
  let start = at;
  while (start > Math.max(from, at - 8) && LETTER_OR_DOT.test(s.charAt(start - 1))) start--;
  return s.slice(start, at);
}

function push(sentences: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) sentences.push(trimmed);
}
