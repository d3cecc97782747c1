// A map from tokens to values (the first words of a trie, of a lexicon) looked up for every token
// of a document. For token arrays the fast analyser made (analyse-field.ts tokenIdsOf), the
// answer is remembered by token id, so a lookup is an array read instead of a Map.get of a
// string; other arrays are looked up in the map.
import { tokenIdsOf } from './analyse-field.ts';
import { TOKEN_ID_LIMIT } from './token-cache.ts';

/** Marks a token id not looked up yet. */
const UNKNOWN = Symbol('unknown');

export class TokenLookup<T> {
  private memo: (T | null | typeof UNKNOWN)[] | null = null;
  private memoGeneration = -1;
  /** valuesOf's answer, reused: a fresh array per call was the classifier's largest allocation. */
  private readonly values: (T | null)[] = [];

  /** The map must not change afterwards (answers are remembered). */
  constructor(private readonly map: ReadonlyMap<string, T>) {}

  /**
   * The value of each token, by position (null where the map has none), in an array that is valid
   * until the next call (read it right away; its length may exceed the tokens').
   */
  valuesOf(tokens: readonly string[]): readonly (T | null)[] {
    const map = this.map;
    const values = this.values;
    const known = tokenIdsOf(tokens);
    if (known === null) {
      for (let i = 0; i < tokens.length; i++) values[i] = map.get(tokens[i]!) ?? null;
      return values;
    }
    const memo = this.memoFor(known.generation);
    const ids = known.ids;
    for (let i = 0; i < tokens.length; i++) {
      const id = ids[i]!;
      const remembered = memo[id];
      if (remembered === UNKNOWN) {
        const value = map.get(tokens[i]!) ?? null;
        memo[id] = value;
        values[i] = value;
      } else values[i] = remembered as T | null;
    }
    return values;
  }

  /** The memo by token id, emptied when the ids' generation changes. */
  private memoFor(generation: number): (T | null | typeof UNKNOWN)[] {
    if (this.memo === null || this.memoGeneration !== generation) {
      this.memo = new Array<T | null | typeof UNKNOWN>(TOKEN_ID_LIMIT).fill(UNKNOWN);
      this.memoGeneration = generation;
    }
    return this.memo;
  }
}
