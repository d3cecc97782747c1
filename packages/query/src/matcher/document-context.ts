// A document's four token indexes, looked up once (the shared index cache is a WeakMap, too slow
// to consult for every term of a large rule). Callers usually run many matchers on one document
// in a row, so the context of the last document is kept and reused (documents are not changed
// after analysis; a document indexed again later is still answered correctly by the old index).
// A document indexed for a vocabulary (vocabulary.ts indexDocument) gets a fresh context holding
// those indexes: kept here only, not in the shared WeakMap, whose upkeep cost more than the trie
// saved. Should the document be matched again after another one, it is indexed the plain way
// (same results).
import type { MatchableDocument } from '@presswatch/domain';
import type { Field, Form } from './text-pattern.ts';
import { type TokenIndex, tokenIndex } from './token-index.ts';

let last: DocumentContext | null = null;

/** The context of a document, reusing the last one when it is the same document. */
export function contextOf(doc: MatchableDocument): DocumentContext {
  if (last?.doc !== doc) last = new DocumentContext(doc);
  return last;
}

/** Makes a context holding these indexes of the document's four token arrays the current one. */
export function useIndexes(doc: MatchableDocument, indexes: DocumentIndexes): void {
  last = new DocumentContext(doc, indexes);
}

export interface DocumentIndexes {
  titleExact: TokenIndex;
  titleFolded: TokenIndex;
  textExact: TokenIndex;
  textFolded: TokenIndex;
}

export class DocumentContext {
  private titleExact: TokenIndex | null = null;
  private titleFolded: TokenIndex | null = null;
  private textExact: TokenIndex | null = null;
  private textFolded: TokenIndex | null = null;

  constructor(
    readonly doc: MatchableDocument,
    indexes?: DocumentIndexes,
  ) {
    if (indexes) {
      this.titleExact = indexes.titleExact;
      this.titleFolded = indexes.titleFolded;
      this.textExact = indexes.textExact;
      this.textFolded = indexes.textFolded;
    }
  }

  index(field: Field, form: Form): TokenIndex {
    if (field === 'title') {
      if (form === 'exact') {
        this.titleExact ??= tokenIndex(this.doc.title.exact);
        return this.titleExact;
      }
      this.titleFolded ??= tokenIndex(this.doc.title.folded);
      return this.titleFolded;
    }
    if (form === 'exact') {
      this.textExact ??= tokenIndex(this.doc.text.exact);
      return this.textExact;
    }
    this.textFolded ??= tokenIndex(this.doc.text.folded);
    return this.textFolded;
  }
}
