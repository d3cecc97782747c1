// Sentence splitting for Vietnamese and Latin-script news, and CJK text.
//
// A sentence ends:
//   - at a line break;
//   - at a CJK full stop, exclamation or question mark (。！？), with any closing quotes after it;
//   - at . ! ? … (and runs of them, and closing quotes or brackets) followed by a space and then
//     an upper-case letter or a digit, possibly behind an opening quote, bracket or dash — unless
//     the word before a single full stop is an abbreviation (`TP. Hồ Chí Minh`, `PGS. TS. Lê`,
//     `Mr. Smith`, `U.S. Navy`) or a one-letter initial (`J. Smith`).
// A full stop or comma inside a number (`1.000.000`, `3,5`) never ends one: no space follows it.
// One pass over character codes: it runs on every article's opening.
import { isLetterCode, isUpperCode } from './char-class.ts';
import { CodeUnits } from './code-units.ts';

/** Words that end with a full stop without ending the sentence, lower-cased, inner dots kept. */
const ABBREVIATIONS = new Set([
  // Vietnamese: city, town; degrees and titles; page
  'tp',
  'tx',
  'ths',
  'th.s',
  'ts',
  'pgs',
  'gs',
  'bs',
  'bsck',
  'ks',
  'ls',
  'nxb',
  'tr',
  // English and French
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'capt',
  'gov',
  'sen',
  'rep',
  'mt',
  'no',
  'vs',
  'inc',
  'ltd',
  'corp',
  'co',
  'mme',
  'mlle',
  'jan',
  'feb',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

const NEWLINE = 10;
const FULL_STOP = 46;
/** `?`: every code unit between it and the ellipsis is neither a terminator nor a line break. */
const LAST_ASCII_TERMINATOR = 63;
const ELLIPSIS = 0x2026;
/** Longest abbreviation looked at before a full stop. */
const MAX_ABBREVIATION = 8;

const codeSet = (chars: string) => new Set(Array.from(chars, (ch) => ch.charCodeAt(0)));
const CLOSERS = codeSet('"\')]}”’»」』）】');
const OPENERS = codeSet('"\'([{“‘«「『（【-–—');

/** . ! ? … */
function isLatinTerminator(code: number): boolean {
  return code === FULL_STOP || code === 33 || code === LAST_ASCII_TERMINATOR || code === ELLIPSIS;
}

/** 。！？ (and the half-width ideographic full stop) */
function isCjkTerminator(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff61;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 13;
}

const codeUnits = new CodeUnits();

/** The sentences of `text`, trimmed, in order, empty ones dropped; at most `limit` of them. */
export function splitSentences(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const sentences: string[] = [];
  const units = codeUnits.of(text);
  const n = text.length;
  let from = 0;
  let i = 0;
  while (i < n) {
    const code = units[i]!;
    if (code > LAST_ASCII_TERMINATOR && code < ELLIPSIS) {
      i++; // letters, most of the text: nothing ends here
      continue;
    }
    if (sentences.length >= limit) break;
    if (code === NEWLINE) {
      push(sentences, text, from, i);
      from = ++i;
    } else if (isCjkTerminator(code)) {
      const end = skipClosers(text, i + 1);
      push(sentences, text, from, end);
      from = i = end;
    } else if (isLatinTerminator(code)) {
      let end = i + 1;
      while (end < text.length && isLatinTerminator(text.charCodeAt(end))) end++;
      end = skipClosers(text, end);
      if (endsSentence(text, from, i, end)) {
        push(sentences, text, from, end);
        from = end;
      }
      i = end;
    } else {
      i++;
    }
  }
  if (sentences.length < limit) push(sentences, text, from, text.length);
  return sentences;
}

function skipClosers(text: string, at: number): number {
  let end = at;
  while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
  return end;
}

/** text[at] is a terminator and text[at, end) its punctuation run: does a sentence end there? */
function endsSentence(text: string, from: number, at: number, end: number): boolean {
  if (end >= text.length) return true;
  if (!isSpace(text.charCodeAt(end))) return false;
  let next = end;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  while (next < text.length && OPENERS.has(text.charCodeAt(next))) next++;
  if (next >= text.length) return true;
  if (!startsSentence(text, next)) return false;
  // "!", "?", "…", "..." or a full stop after a closing quote end the sentence whatever precedes.
  if (text.charCodeAt(at) !== FULL_STOP || end - at > 1) return true;
  return !isAbbreviation(text, from, at);
}

/** An upper-case letter or a digit at `i`. */
function startsSentence(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 48 && code <= 57) return true;
  if (code < 128) return code >= 65 && code <= 90;
  return isUpperCode(text.codePointAt(i)!);
}

/** Is the word just before the full stop at `at` an abbreviation or a one-letter initial? */
function isAbbreviation(text: string, from: number, at: number): boolean {
  let start = at;
  const limit = Math.max(from, at - MAX_ABBREVIATION - 1);
  while (start > limit && isWordOrDot(text.charCodeAt(start - 1))) start--;
  // Glued to a digit or symbol (`5G.`, `11m.`, `km/h.`) or longer than any abbreviation: a word.
  if (start > from && !isSpaceOrOpener(text.charCodeAt(start - 1))) return false;
  const word = text.slice(start, at);
  if (word.length === 1) return isInitial(text, from, start, word.charCodeAt(0));
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Q., P., H.: quận, phường, huyện before a district or ward name. */
const ADMINISTRATIVE_INITIALS = codeSet('QPH');

/**
 * A capital A–Z before a full stop is an initial (`Thomas A. Bussiere`, `J. R. Doe`) when it opens
 * the sentence, follows another initial or follows a capitalised word; after a lower-case word it
 * is a letter ending the sentence (`viêm gan B.`, `nhiễm sắc thể X.`). Vietnamese capitals with
 * diacritics (`châu Á.`, `nước Ý.`) are words, never initials.
 */
function isInitial(text: string, from: number, start: number, code: number): boolean {
  if (code < 65 || code > 90) return false;
  if (ADMINISTRATIVE_INITIALS.has(code)) return true;
  let i = start - 1;
  while (i >= from && isSpaceOrOpener(text.charCodeAt(i))) i--;
  if (i < from || text.charCodeAt(i) === FULL_STOP) return true;
  while (i > from && isWordOrDot(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== FULL_STOP) i--;
  return startsSentence(text, i) && !isDigit(text.charCodeAt(i));
}

function isSpaceOrOpener(code: number): boolean {
  return isSpace(code) || OPENERS.has(code);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordOrDot(code: number): boolean {
  if (code === FULL_STOP) return true;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isLetterCode(code);
}

function push(sentences: string[], text: string, start: number, end: number): void {
  const sentence = text.slice(start, end).trim();
  if (sentence) sentences.push(sentence);
}
