// Display tokens of a token that holds a script written without spaces (see @presswatch/text
// segmentScripts), so highlights mark the matched characters or words rather than the whole run:
//
//   CJK run   one display token per character; character i carries bigram i (itself and the next
//             character, so it reaches one token further), the last character carries nothing;
//             a run of one character carries itself
//   Thai/Lao  one display token per dictionary word
//   the rest  of the token (Latin glued to the run) is an ordinary token
//
// The index forms, read in order, are exactly the tokens the index holds for the text.
import { dictionaryWordSpans, foldText, scriptRuns } from '@presswatch/text';

export interface PieceForms {
  display: string;
  exact: readonly string[];
  folded: readonly string[];
  /** How many display tokens after this one each of its index tokens also covers (a bigram: 1). */
  reach: number;
}

/** A display token: token[start, end) and its forms. */
export interface Piece {
  start: number;
  end: number;
  forms: PieceForms;
}

/** The display tokens of one token; `plainForms` gives the forms of a part outside any run. */
export function segmentedPieces(token: string, plainForms: (text: string) => PieceForms): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const run of scriptRuns(token)) {
    if (run.start > cursor) pieces.push(plainPiece(token, cursor, run.start, plainForms));
    const text = token.slice(run.start, run.end);
    const found = run.kind === 'bigrams' ? bigramPieces(text) : wordPieces(text);
    for (const piece of found)
      pieces.push({ ...piece, start: piece.start + run.start, end: piece.end + run.start });
    cursor = run.end;
  }
  if (cursor < token.length) pieces.push(plainPiece(token, cursor, token.length, plainForms));
  return pieces;
}

function plainPiece(
  token: string,
  start: number,
  end: number,
  plainForms: (text: string) => PieceForms,
): Piece {
  return { start, end, forms: plainForms(token.slice(start, end)) };
}

function bigramPieces(run: string): Piece[] {
  const chars = Array.from(run);
  const pieces: Piece[] = [];
  let offset = 0;
  chars.forEach((char, i) => {
    const next = chars[i + 1];
    const word = chars.length === 1 ? char : next === undefined ? null : char + next;
    pieces.push({
      start: offset,
      end: offset + char.length,
      forms: formsOf(char, word, next === undefined ? 0 : 1),
    });
    offset += char.length;
  });
  return pieces;
}

function wordPieces(run: string): Piece[] {
  return dictionaryWordSpans(run).map(([start, end]) => {
    const word = run.slice(start, end);
    return { start, end, forms: formsOf(word, word, 0) };
  });
}

function formsOf(display: string, word: string | null, reach: number): PieceForms {
  if (word === null) return { display, exact: [], folded: [], reach: 0 };
  return { display, exact: [word.toLowerCase()], folded: [foldText(word)], reach };
}
