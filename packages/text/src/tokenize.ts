// Word tokens as the search index sees them: runs of letters, digits, combining marks (vowel
// signs of Lao, Thai…) and private-use characters. This matches the FTS5 tokenizer of the SQLite
// adapter (unicode61, categories 'L* N* Co M*'), so query words and indexed words split alike.
import { normalizeText } from './normalize.ts';

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Lower-cased, normalised word tokens; punctuation and spaces separate them. */
export function tokenize(s: string): string[] {
  return normalizeText(s).toLowerCase().match(WORD) ?? [];
}
