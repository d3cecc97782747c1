// A text's words as the search index holds them (storage-sqlite items/item-rows.ts ftsRow writes
// segmentScripts(normalizeText(text)) and its foldText; FTS5 unicode61 cuts runs of L/N/M/Co and
// lower-cases). Query words and the matcher's reference analysis both come from here, so CJK runs
// become bigrams and Thai/Lao runs dictionary words on every side alike.
//
// The same tokens are produced without writing the segmented text out: segmentScripts sets every
// run apart with spaces, so the tokens are those of the text between runs followed by each run's
// pieces (themselves whole tokens). A regex over the bigram text costs 4× more.
import type { AnalysedField } from '@presswatch/domain';
import { cjkBigrams, dictionaryWords, foldText, normalizeText, scriptRuns, tokenize } from '@presswatch/text';

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** The exact-form tokens (title/text columns). */
export function exactTokens(text: string): string[] {
  return searchTokens(text).exact;
}

/** Both forms: exact (title/text columns) and folded (*_folded columns). */
export function searchTokens(text: string): AnalysedField {
  const normal = normalizeText(text);
  const runs = scriptRuns(normal);
  if (runs.length === 0) return { exact: wordsOf(normal), folded: tokenize(foldText(normal)) };
  const exact: string[] = [];
  const folded: string[] = [];
  let cursor = 0;
  for (const { start, end, kind } of runs) {
    addPlain(normal.slice(cursor, start), exact, folded);
    const run = normal.slice(start, end);
    for (const piece of kind === 'words' ? dictionaryWords(run) : cjkBigrams(run)) {
      exact.push(piece.toLowerCase());
      folded.push(foldText(piece));
    }
    cursor = end;
  }
  addPlain(normal.slice(cursor), exact, folded);
  return { exact, folded };
}

function addPlain(part: string, exact: string[], folded: string[]): void {
  if (part.length === 0) return;
  for (const word of wordsOf(part)) exact.push(word);
  for (const word of tokenize(foldText(part))) folded.push(word);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
