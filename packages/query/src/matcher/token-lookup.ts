// A map from tokens to values (the first words of a trie, of a lexicon) looked up for every token
// of a document. For token arrays the fast analyser made (analyse-field.ts tokenIdsOf), the
// answer is remembered by token id, so a lookup is an array read instead of a Map.get of a
// string; other arrays are looked up in the map. Callers loop over the tokens themselves
// (idsOf, then valueById or valueOfToken per token): no array of answers is written and read back.
import { tokenIdsOf } from './analyse-field.ts';
import { TOKEN_ID_LIMIT } from './token-cache.ts';

/** `known` of a token id: not looked up yet, looked up without a value, looked up with one. */
const UNKNOWN = 0;
const NONE = 1;
const FOUND = 2;

export class TokenLookup<T> {
  /**
   * Per token id, UNKNOWN, NONE or FOUND: one byte, so the table (32 kB) stays in the CPU's
   * first-level cache, and most tokens (which have no value) are answered without reading `memo`.
   */
  private known: Uint8Array | null = null;
  /** The value of each FOUND token id. */
  private memo: (T | null)[] = [];
  private memoGeneration = -1;

  /** The map must not change afterwards (answers are remembered). */
  constructor(private readonly map: ReadonlyMap<string, T>) {}

  /**
   * Prepares lookups in a token array: its token ids when the fast analyser made it (then look
   * each token up with valueById, valid until the next call), else null (then valueOfToken).
   */
  idsOf(tokens: readonly string[]): readonly number[] | null {
    const ids = tokenIdsOf(tokens);
    if (ids === null) return null;
    this.knownFor(ids.generation);
    return ids.ids;
  }

  /** The value of the token whose id (from idsOf) is `id`, or null. */
  valueById(id: number, token: string): T | null {
    const known = this.known!;
    const state = known[id]!;
    if (state === NONE) return null;
    if (state === FOUND) return this.memo[id]!;
    const value = this.map.get(token) ?? null;
    known[id] = value === null ? NONE : FOUND;
    this.memo[id] = value;
    return value;
  }

  /** The value of a token, or null (a map lookup). */
  valueOfToken(token: string): T | null {
    return this.map.get(token) ?? null;
  }

  /** The states by token id, emptied when the ids' generation changes. */
  private knownFor(generation: number): Uint8Array {
    if (this.known === null || this.memoGeneration !== generation) {
      this.known ??= new Uint8Array(TOKEN_ID_LIMIT);
      this.known.fill(UNKNOWN);
      this.memo = new Array<T | null>(TOKEN_ID_LIMIT).fill(null);
      this.memoGeneration = generation;
    }
    return this.known;
  }
}
