// A trie of token sequences (the plain terms and phrases of many queries), so that one pass over
// a document's tokens finds where every one of them starts: at each position, walk the trie as
// far as the tokens agree. This is how a classifier runs hundreds of rule words on an article at
// the cost of about one map lookup per token, or one array read (token-lookup.ts).
import { TokenLookup } from './token-lookup.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** next.size > 0, read for every node the scan reaches (a field is cheaper than Map#size). */
  inner: boolean;
  /** The id of the sequence that ends here, or −1. */
  id: number;
}

export class PhraseTrie {
  private readonly root: TrieNode = { next: new Map(), inner: false, id: -1 };
  private readonly ids = new Map<string, number>();
  /** The token count of each sequence, by id. */
  private readonly lengths: number[] = [];
  /** The root's children, made when first needed after the last add. */
  private firstWords: TokenLookup<TrieNode> | null = null;

  add(tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    this.firstWords = null;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), inner: false, id: -1 };
        node.next.set(token, child);
        node.inner = true;
      }
      node = child;
    }
    if (node.id >= 0) return;
    node.id = this.ids.size;
    this.ids.set(patternKey(tokens), node.id);
    this.lengths.push(tokens.length);
  }

  /** The id of a sequence by its key, −1 when it is not in the trie. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** The token count of the sequence with this id. */
  lengthOf(id: number): number {
    return this.lengths[id]!;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Ascending start positions of every sequence of the trie found in the tokens, by id. */
  scan(tokens: readonly string[]): TrieScan {
    const starts = new Map<number, number[]>();
    const found: number[] = [];
    this.firstWords ??= new TokenLookup(this.root.next);
    const firsts = this.firstWords;
    const ids = firsts.idsOf(tokens);
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      let node: TrieNode | null | undefined =
        ids === null ? firsts.valueOfToken(tokens[i]!) : firsts.valueById(ids[i]!, tokens[i]!);
      for (let j = i + 1; node; j++) {
        const id = node.id;
        if (id >= 0) {
          const list = starts.get(id);
          if (list === undefined) {
            starts.set(id, [i]);
            found.push(id);
          } else list.push(i);
        }
        if (j >= n || !node.inner) break;
        node = node.next.get(tokens[j]!);
      }
    }
    return { found, starts };
  }
}

/**
 * What a scan found: the ids of the sequences present (in the order first met) and their start
 * positions. A document holds a few dozen of the trie's hundreds of sequences, so callers loop
 * over `found` rather than over the ids they look for, and no array as long as the trie is made
 * per scan.
 */
export interface TrieScan {
  found: readonly number[];
  starts: ReadonlyMap<number, readonly number[]>;
}

/** The key of a token sequence (tokens never hold U+0000). */
export function patternKey(tokens: readonly string[]): string {
  return tokens.join('\u0000');
}
