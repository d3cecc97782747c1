// The terms and phrases a set of queries can look up, per form, in a trie. A caller that runs
// many compiled matchers on each document (the classifier: topic rules, gazetteer names) builds
// it once and indexes each document for it (indexDocument): one pass over the tokens then finds
// every rule word at once. Matchers compiled from other queries still work on such a document:
// a pattern outside the vocabulary is found by scanning the tokens.
import type { MatchableDocument, QueryNode } from '@presswatch/domain';
import { useIndexes } from './document-context.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { type CompileOptions, type Form, type TextPattern, textPattern } from './text-pattern.ts';
import { TokenIndex } from './token-index.ts';

export interface Vocabulary {
  exact: PhraseTrie;
  folded: PhraseTrie;
}

export function vocabularyOf(queries: readonly QueryNode[], options: CompileOptions = {}): Vocabulary {
  const words = { exact: new PhraseTrie(), folded: new PhraseTrie() };
  for (const query of queries) collect(query, words, options);
  return words;
}

/**
 * Indexes the document's four token arrays for the vocabulary, for the matchers run on it next
 * (document-context.ts: until another document is matched).
 */
export function indexDocument(doc: MatchableDocument, vocabulary: Vocabulary): void {
  useIndexes(doc, {
    titleExact: new TokenIndex(doc.title.exact, vocabulary.exact),
    titleFolded: new TokenIndex(doc.title.folded, vocabulary.folded),
    textExact: new TokenIndex(doc.text.exact, vocabulary.exact),
    textFolded: new TokenIndex(doc.text.folded, vocabulary.folded),
  });
}

/** Plain patterns go in the trie; prefix and substring patterns are looked up by scanning. */
function add(pattern: TextPattern, words: Vocabulary): void {
  if (pattern.key !== null) words[pattern.form].add(pattern.tokens);
}

function collect(node: QueryNode, words: Vocabulary, options: CompileOptions): void {
  switch (node.type) {
    case 'term':
    case 'phrase':
      add(textPattern(node, undefined, options), words);
      return;
    case 'near': {
      const form: Form = node.operands.every((operand) => operand.exact) ? 'exact' : 'folded';
      for (const operand of node.operands) add(textPattern(operand, form), words);
      return;
    }
    case 'not':
      collect(node.child, words, options);
      return;
    case 'and':
    case 'or':
      for (const child of node.children) collect(child, words, options);
      return;
    case 'meta':
      return;
  }
}
