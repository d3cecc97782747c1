// The tone lexicons of every language merged into one trie over exact tokens, so one left-to-right
// pass finds the longest entry at each position (`không khí` the air before `không` the negator).
import { analyseField, TokenLookup } from '@presswatch/query';
import { RulesFileError, readRulesFile, yamlFilesIn } from '../model/rules-file.ts';
import { type LexiconFile, lexiconFileSchema } from './lexicon-file.ts';

/** What an entry is: a polarity weight (±1, ±2), a negator, or neutral (0 and not a negator). */
export type EntryKind =
  | { kind: 'polar'; weight: number }
  | { kind: 'negator'; scope: number }
  | { kind: 'neutral' };

export interface ToneNode {
  next: Map<string, ToneNode>;
  entry: EntryKind | null;
}

export interface ToneLexicon {
  root: ToneNode;
  /** The root's children, looked up for every token of an article (an array read by token id). */
  firstWords: TokenLookup<ToneNode>;
}

export function loadToneLexicon(dir: string): ToneLexicon {
  const root: ToneNode = { next: new Map(), entry: null };
  for (const file of yamlFilesIn(dir)) addLexicon(root, readRulesFile(file, lexiconFileSchema), file);
  return { root, firstWords: new TokenLookup(root.next) };
}

function addLexicon(root: ToneNode, lexicon: LexiconFile, file: string): void {
  const groups: [keyof LexiconFile, EntryKind][] = [
    ['positive', { kind: 'polar', weight: 1 }],
    ['negative', { kind: 'polar', weight: -1 }],
    ['strongly_positive', { kind: 'polar', weight: 2 }],
    ['strongly_negative', { kind: 'polar', weight: -2 }],
    ['negators', { kind: 'negator', scope: lexicon.negation_scope }],
    ['neutral', { kind: 'neutral' }],
  ];
  for (const [key, entry] of groups) {
    (lexicon[key] as string[]).forEach((phrase, i) => {
      const words = analyseField(phrase).exact;
      if (words.length === 0) throw new RulesFileError(file, `${key}.${i}`, `"${phrase}" holds no word`);
      insert(root, words, entry);
    });
  }
}

/** A phrase listed twice keeps its last meaning, as a later file refines an earlier one. */
function insert(root: ToneNode, words: readonly string[], entry: EntryKind): void {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map(), entry: null };
      node.next.set(word, child);
    }
    node = child;
  }
  node.entry = entry;
}
