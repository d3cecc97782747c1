// A trie of token sequences (the plain terms and phrases of many queries), so that one pass over
// a document's tokens finds where every one of them starts: at each position, walk the trie as
// far as the tokens agree. This is how a classifier runs hundreds of rule words on an article at
// the cost of about one map lookup per token, or one array read (token-lookup.ts).
import { TokenLookup } from './token-lookup.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The id of the sequence that ends here, or −1. */
  id: number;
}

export class PhraseTrie {
  private readonly root: TrieNode = { next: new Map(), id: -1 };
  private readonly ids = new Map<string, number>();
  /** The root's children, made when first needed after the last add. */
  private firstWords: TokenLookup<TrieNode> | null = null;

  add(tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    this.firstWords = null;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), id: -1 };
        node.next.set(token, child);
      }
      node = child;
    }
    if (node.id >= 0) return;
    node.id = this.ids.size;
    this.ids.set(patternKey(tokens), node.id);
  }

  /** The id of a sequence by its key, −1 when it is not in the trie. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Ascending start positions of every sequence of the trie found in the tokens, by id. */
  scan(tokens: readonly string[]): TrieScan {
    const found = new Map<number, number[]>();
    const seen = new Uint8Array(this.ids.size);
    this.firstWords ??= new TokenLookup(this.root.next);
    const firsts = this.firstWords.valuesOf(tokens);
    for (let i = 0; i < tokens.length; i++) {
      let node = firsts[i] ?? undefined;
      for (let j = i + 1; node; j++) {
        if (node.id >= 0) {
          if (seen[node.id] === 0) {
            seen[node.id] = 1;
            found.set(node.id, [i]);
          } else {
            found.get(node.id)!.push(i);
          }
        }
        if (j >= tokens.length || node.next.size === 0) break;
        node = node.next.get(tokens[j]!);
      }
    }
    return { seen, starts: found };
  }
}

/** What a scan found: `seen[id]` is 1 for the sequences present, `starts` their positions. */
export interface TrieScan {
  seen: Uint8Array;
  starts: Map<number, number[]>;
}

/** The key of a token sequence (tokens never hold U+0000). */
export function patternKey(tokens: readonly string[]): string {
  return tokens.join('\u0000');
}
