// The two indexed forms of one token (a run of token characters of NFC text), as the search
// index derives them from the whole text: exact = normalizeText + lower-case (orphan combining
// marks dropped, tone mark of `oa`/`oe`/`uy` moved), folded = foldText. Both rules only look
// inside the token, so a token can be analysed alone and its forms cached.
import { foldText } from '@presswatch/text';
import { charTables, FOLD_LIMIT } from './char-table.ts';
import { endsWithTonedVowel, moveToneMark } from './tone-mark.ts';

export interface TokenForms {
  /** Empty when the token held only orphan combining marks. */
  exact: string;
  /** Empty when every character folded away. */
  folded: string;
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** The forms of one token, or null when folding it piecewise would not be exact. */
export function analyseToken(word: string): TokenForms | null {
  const { foldSafe } = charTables();
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < FOLD_LIMIT && foldSafe[code] === 0) return null;
  }
  return { exact: exactForm(word.toLowerCase()), folded: foldText(word).normalize('NFC') };
}

/** normalizeText's orphan-mark and tone-mark rules on a lower-cased token. */
function exactForm(lower: string): string {
  const { letterOrMark } = charTables();
  let out = '';
  let runStart = 0; // start of the current letter/mark run in `lower`
  let copied = 0; // `lower` before this index is already in `out`
  let i = 0;
  while (i < lower.length) {
    const code = lower.charCodeAt(i);
    if (isCombiningDiacritic(code) && (i === 0 || !isLetterOrMarkBefore(lower, i, letterOrMark))) {
      // An orphan mark (at the token start or after a digit): normalizeText drops the run.
      out += finishRun(lower, copied, runStart, i);
      while (i < lower.length && isCombiningDiacritic(lower.charCodeAt(i))) i++;
      copied = i;
      runStart = i;
      continue;
    }
    const width = isHighSurrogate(code) && i + 1 < lower.length ? 2 : 1;
    const inRun = width === 1 ? letterOrMark[code] === 1 : LETTER_OR_MARK.test(lower.slice(i, i + 2));
    if (!inRun) {
      out += finishRun(lower, copied, runStart, i);
      copied = i;
      runStart = i + width;
    }
    i += width;
  }
  return out + finishRun(lower, copied, runStart, lower.length);
}

/** lower[from, end) with the tone rule applied to the letter run [runStart, end). */
function finishRun(lower: string, from: number, runStart: number, end: number): string {
  if (end <= runStart || !endsWithTonedVowel(lower.charCodeAt(end - 1))) return lower.slice(from, end);
  return lower.slice(from, runStart) + moveToneMark(lower.slice(runStart, end));
}

function isCombiningDiacritic(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLetterOrMarkBefore(s: string, i: number, letterOrMark: Uint8Array): boolean {
  const prev = s.charCodeAt(i - 1);
  if (prev >= 0xdc00 && prev <= 0xdfff) return LETTER_OR_MARK.test(s.slice(Math.max(0, i - 2), i));
  return letterOrMark[prev] === 1;
}
