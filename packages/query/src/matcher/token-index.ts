// Where patterns occur in one field form of one document, shared by every compiled matcher that
// looks at the same token array (a WeakMap keyed by the array): a document is indexed once
// however many topic, place and alert rules run on it.
//
// By default the index maps every token to its positions. An index prepared for a vocabulary
// (vocabulary.ts: the terms and phrases of a known set of rules, in a trie) instead finds the
// starts of exactly those patterns in one pass, which is most of the saving when hundreds of rule
// words run on every document. Any other pattern is still answered, by scanning the tokens. Such
// an index lives in the document's context (document-context.ts), not in the WeakMap.
import type { MatchHit } from '@presswatch/domain';
import { knownWithoutCjk } from './analyse-field.ts';
import { type PhraseTrie, patternKey, type TrieScan } from './phrase-trie.ts';
import type { Field } from './text-pattern.ts';

const EMPTY: readonly number[] = [];

/** First code unit of the scripts written without spaces (CJK), for substring lookups. */
const CJK_START = 0x2e80;

/** What the index needs of a pattern (text-pattern.ts TextPattern). */
export interface IndexedPattern {
  tokens: readonly string[];
  prefix: boolean;
  substring: boolean;
  /** patternKey(tokens) of a plain pattern (neither prefix nor substring), else null. */
  key: string | null;
  /** The pattern's id in the last trie it was looked up in (a cache kept on the pattern). */
  trie: { trie: PhraseTrie; id: number } | null;
}

export class TokenIndex {
  private byToken: Map<string, number[]> | null = null;
  private computed: Map<string, readonly number[]> | null = null;
  private readonly scanned: TrieScan | null;
  private cjk: number[] | null = null;

  constructor(
    readonly tokens: readonly string[],
    private readonly trie: PhraseTrie | null = null,
  ) {
    this.scanned = trie ? trie.scan(tokens) : null;
    if (!trie) this.byToken = tokenPositions(tokens);
  }

  /** Does any of the patterns occur? (With a trie: one read of the set's membership per id found.) */
  hasAny(set: PatternSet): boolean {
    if (this.trie === null) return set.patterns.some((pattern) => this.starts(pattern).length > 0);
    if (set.trie !== this.trie) set.resolve(this.trie);
    const found = this.scanned!.found;
    const member = set.member;
    for (let k = 0; k < found.length; k++) if (member[found[k]!] === 1) return true;
    for (const pattern of set.outsideTrie) if (this.starts(pattern).length > 0) return true;
    return false;
  }

  /** Pushes the hits of every pattern of the set in this field (in no particular order). */
  collectHits(set: PatternSet, field: Field, hits: MatchHit[]): void {
    let others: readonly IndexedPattern[] = set.patterns;
    const trie = this.trie;
    if (trie !== null) {
      if (set.trie !== trie) set.resolve(trie);
      const { found, starts } = this.scanned!;
      const member = set.member;
      for (let k = 0; k < found.length; k++) {
        const id = found[k]!;
        if (member[id] !== 1) continue;
        const length = trie.lengthOf(id);
        for (const start of starts.get(id)!) hits.push({ field, start, end: start + length });
      }
      others = set.outsideTrie;
    }
    for (const pattern of others) {
      for (const start of this.starts(pattern))
        hits.push({ field, start, end: start + pattern.tokens.length });
    }
  }

  /** Ascending start positions of the pattern. */
  starts(pattern: IndexedPattern): readonly number[] {
    const { tokens: wanted, key } = pattern;
    if (wanted.length === 0 || wanted.length > this.tokens.length) return EMPTY;
    if (key !== null && this.trie !== null) {
      let cached = pattern.trie;
      if (cached === null || cached.trie !== this.trie) {
        cached = { trie: this.trie, id: this.trie.idOf(key) };
        pattern.trie = cached;
      }
      if (cached.id >= 0) return this.scanned!.starts.get(cached.id) ?? EMPTY;
    }
    const cacheKey = key ?? `${pattern.substring ? '~' : '^'}${patternKey(wanted)}`;
    this.computed ??= new Map();
    let found = this.computed.get(cacheKey);
    if (!found) {
      found = this.search(pattern);
      this.computed.set(cacheKey, found);
    }
    return found;
  }

  private search(pattern: IndexedPattern): readonly number[] {
    const wanted = pattern.tokens;
    const first = wanted[0]!;
    if (pattern.substring) return this.where((token) => token.includes(first), this.cjkPositions());
    const n = wanted.length;
    const candidates =
      n === 1 && pattern.prefix ? this.where((token) => token.startsWith(first)) : this.positions(first);
    if (n === 1) return candidates;
    return candidates.filter(
      (start) => start + n <= this.tokens.length && restMatches(wanted, this.tokens, start, pattern.prefix),
    );
  }

  private positions(token: string): readonly number[] {
    this.byToken ??= tokenPositions(this.tokens);
    return this.byToken.get(token) ?? EMPTY;
  }

  /** Positions whose token passes `accept`, among `among` (default: all). */
  private where(accept: (token: string) => boolean, among?: readonly number[]): number[] {
    const found: number[] = [];
    if (among) {
      for (const i of among) if (accept(this.tokens[i]!)) found.push(i);
    } else {
      for (let i = 0; i < this.tokens.length; i++) if (accept(this.tokens[i]!)) found.push(i);
    }
    return found;
  }

  /** Positions of tokens that hold a character at or above U+2E80 (most texts have none). */
  private cjkPositions(): number[] {
    this.cjk ??= knownWithoutCjk(this.tokens) ? [] : this.where((token) => hasCodeAtLeast(token, CJK_START));
    return this.cjk;
  }
}

/** Patterns tested together (an OR of words), with which ids of the last trie they met are theirs. */
export class PatternSet {
  trie: PhraseTrie | null = null;
  /** member[id] is 1 when the trie's sequence `id` is one of the patterns. */
  member: Uint8Array = new Uint8Array(0);
  outsideTrie: IndexedPattern[] = [];

  constructor(readonly patterns: IndexedPattern[]) {}

  resolve(trie: PhraseTrie): void {
    this.member = new Uint8Array(trie.size);
    this.outsideTrie = [];
    for (const pattern of this.patterns) {
      const id = pattern.key === null ? -1 : trie.idOf(pattern.key);
      if (id >= 0) this.member[id] = 1;
      else this.outsideTrie.push(pattern);
    }
    this.trie = trie;
  }
}

function tokenPositions(tokens: readonly string[]): Map<string, number[]> {
  const byToken = new Map<string, number[]>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const list = byToken.get(token);
    if (list) list.push(i);
    else byToken.set(token, [i]);
  }
  return byToken;
}

function restMatches(wanted: readonly string[], tokens: readonly string[], start: number, prefix: boolean) {
  const last = wanted.length - 1;
  for (let k = 1; k < last; k++) if (tokens[start + k] !== wanted[k]) return false;
  const token = tokens[start + last]!;
  return prefix ? token.startsWith(wanted[last]!) : token === wanted[last];
}

function hasCodeAtLeast(s: string, code: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= code) return true;
  return false;
}

const indexes = new WeakMap<readonly string[], TokenIndex>();

export function tokenIndex(tokens: readonly string[]): TokenIndex {
  let index = indexes.get(tokens);
  if (!index) {
    index = new TokenIndex(tokens);
    indexes.set(tokens, index);
  }
  return index;
}
