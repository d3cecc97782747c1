// A term or phrase located in a document without a boolean query around it: where it starts in
// a field. For callers that look up many fixed phrases per document (the classifier's tone
// lexicon), cheaper than one compiled matcher per phrase; the document's vocabulary index
// (vocabulary.ts) answers them from its one pass when they are in the vocabulary.
import type { MatchableDocument, QueryNode } from '@presswatch/domain';
import { contextOf } from './document-context.ts';
import { type Field, type TextPattern, textPattern } from './text-pattern.ts';

export interface PhraseLocator {
  /** The phrase as a query node (for a vocabulary). */
  node: QueryNode;
  /** Ascending start positions in the field, and the phrase's length in tokens. */
  startsIn(doc: MatchableDocument, field: Field): readonly number[];
  length: number;
}

/** Words matched exactly as given (lower-cased, normalised), consecutively. */
export function locatePhrase(words: readonly string[]): PhraseLocator {
  const node: QueryNode =
    words.length === 1
      ? { type: 'term', value: words[0]!, exact: true, prefix: false, field: null }
      : { type: 'phrase', words: [...words], exact: true, field: null };
  const pattern: TextPattern = textPattern(node as Extract<QueryNode, { type: 'term' | 'phrase' }>);
  return {
    node,
    length: pattern.tokens.length,
    startsIn: (doc, field) => contextOf(doc).index(field, 'exact').starts(pattern),
  };
}
