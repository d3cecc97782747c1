// Term and phrase nodes as token patterns, and where they occur in a field.
//
// As in the FTS5 compiler (packages/storage-sqlite/src/search/fts-expression.ts), a node's words
// are put in index form and tokenised the way the index tokenises: a term whose value holds
// several tokens (`covid-19`, a hand-built `lao bảo`) is a phrase, one that holds none matches
// nothing, and a prefix applies to the last token.
import type { PhraseNode, TermNode } from '@presswatch/domain';
import { analyseField } from './analyse-field.ts';
import { type PhraseTrie, patternKey } from './phrase-trie.ts';
import type { TokenIndex } from './token-index.ts';

export type Form = 'exact' | 'folded';
export type Field = 'title' | 'text';

export const BOTH_FIELDS: readonly Field[] = ['title', 'text'];

export interface TextPattern {
  form: Form;
  tokens: readonly string[];
  /** The last token matches any token it starts (`term*`). */
  prefix: boolean;
  /** The single token matches any token that contains it (see CompileOptions.cjkSubstrings). */
  substring: boolean;
  /** patternKey(tokens) of a plain pattern (neither prefix nor substring), else null. */
  key: string | null;
  /** Set by the token index: this pattern's id in the vocabulary trie it was last looked up in. */
  trie: { trie: PhraseTrie; id: number } | null;
}

export interface CompileOptions {
  /**
   * A term made only of CJK characters (two or more, e.g. 南海, 西沙) matches inside longer tokens.
   * This was needed while CJK runs were kept whole (中国在南海 one token). The index and the
   * matcher now cut CJK runs into bigrams (search-tokens.ts, @presswatch/text segmentScripts), so
   * 南海 is found inside 中国在南海 by default and this option changes nothing: a one-token CJK
   * term is a bigram, and a bigram token contains no other bigram. Kept for existing callers.
   */
  cjkSubstrings?: boolean;
}

const CJK_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}$/u;

/** The pattern of a term or phrase; `form` overrides the node's own (NEAR with mixed forms). */
export function textPattern(
  node: TermNode | PhraseNode,
  form?: Form,
  options: CompileOptions = {},
): TextPattern {
  const chosen = form ?? (node.exact ? 'exact' : 'folded');
  const words = node.type === 'term' ? [node.value] : node.words;
  const tokens = words.flatMap((word) => analyseField(word)[chosen]);
  const prefix = node.type === 'term' && node.prefix;
  const substring =
    options.cjkSubstrings === true && !prefix && tokens.length === 1 && CJK_WORD.test(tokens[0]!);
  const key = prefix || substring || tokens.length === 0 ? null : patternKey(tokens);
  return { form: chosen, tokens, prefix, substring, key, trie: null };
}

export function fieldsOf(field: Field | null): readonly Field[] {
  return field ? [field] : BOTH_FIELDS;
}

/** Ascending start positions of the pattern in an indexed token array. */
export function findStarts(pattern: TextPattern, index: TokenIndex): readonly number[] {
  return index.starts(pattern);
}

/** Does the pattern occur at all? */
export function occursIn(pattern: TextPattern, index: TokenIndex): boolean {
  return index.starts(pattern).length > 0;
}
