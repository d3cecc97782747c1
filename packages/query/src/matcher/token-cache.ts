// The analyser's cache from a token's text to its two forms: an open-addressing hash table probed
// with a hash computed during the scan and checked against the text in place, so a cache hit
// (nearly every token of news text) allocates nothing. The table interleaves each slot's hash and
// entry number in one Int32Array (one cache line per probe); the entries — key, exact and folded
// forms — sit densely in insertion order, and an entry's number is the token's id while the cache
// lives (see `generation`; token-lookup.ts remembers answers by it). Dropped and rebuilt when half
// full (the 4,000 commonest words are 98% of news text; the 20,588-article corpus has ~51,000
// distinct tokens, so a run over all of it rebuilds once).
import { analyseToken } from './analyse-token.ts';

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_ENTRIES = SLOTS >> 1;
/** Token ids (entry numbers) are below this. */
export const TOKEN_ID_LIMIT = MAX_ENTRIES;

let generations = 0;

export class TokenCache {
  /** [hash, entry + 1] per slot; entry + 1 = 0 marks an empty slot. */
  private table = new Int32Array(SLOTS * 2);
  private keys: string[] = [];
  /** The exact and folded forms of entry e at 2e and 2e + 1 ('' when the token has none). */
  forms: string[] = [];
  /** Changes whenever the cache is rebuilt: entry numbers are ids only within one generation. */
  generation = ++generations;

  /**
   * The entry of text[start, end) (whose hash is `hash`, see hashStep/hashFinish), analysing and
   * adding the token on a miss; −1 when the token cannot be analysed piecewise.
   */
  entryOf(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const length = end - start;
    for (let slot = hash & MASK; ; slot = (slot + 1) & MASK) {
      const entry = table[2 * slot + 1]! - 1;
      if (entry < 0) return this.add(text.slice(start, end), hash, slot);
      if (table[2 * slot] === hash) {
        const key = this.keys[entry]!;
        if (key.length === length && sameText(key, text, start)) return entry;
      }
    }
  }

  /** How many entries the cache holds (ids are below this). */
  get size(): number {
    return this.keys.length;
  }

  private add(word: string, hash: number, free: number): number {
    const forms = analyseToken(word);
    if (!forms) return -1;
    let slot = free;
    if (this.keys.length >= MAX_ENTRIES) {
      this.clear();
      slot = hash & MASK;
    }
    const entry = this.keys.length;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = entry + 1;
    this.keys.push(word);
    this.forms.push(forms.exact, forms.folded);
    return entry;
  }

  private clear(): void {
    this.table = new Int32Array(SLOTS * 2);
    this.keys = [];
    this.forms = [];
    this.generation = ++generations;
  }
}

function sameText(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** One step of the running hash over a token's code units. */
export function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Spreads the running hash's bits before it picks a slot. */
export function hashFinish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}
