// The analyser's cache from a token's text to its two forms: an open-addressing hash table probed
// with a hash computed during the scan and checked against the text in place, so a cache hit
// (nearly every token of news text) allocates nothing. The table packs each slot's hash tag and
// entry number in one 32-bit word; the entries — key code units in one pool, exact and folded
// forms — sit densely in insertion order (the work is bound by memory reads: the fewer cache lines
// a probe touches, the faster), and an entry's number is the token's id while the cache
// lives (see `generation`; token-lookup.ts remembers answers by it). Dropped and rebuilt when half
// full (the 4,000 commonest words are 98% of news text; the 20,588-article corpus has ~51,000
// distinct tokens, so a run over all of it rebuilds once).
import { analyseToken } from './analyse-token.ts';

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_ENTRIES = SLOTS >> 1;
const RECENT_SLOTS = 1 << 12;
const RECENT_MASK = RECENT_SLOTS - 1;
/** Token ids (entry numbers) are below this. */
export const TOKEN_ID_LIMIT = MAX_ENTRIES;

let generations = 0;

/** Bits of TokenCache.present. */
export const HAS_EXACT = 1;
export const HAS_FOLDED = 2;

/** Code units of all keys; the cache is rebuilt when it is full, as when MAX_ENTRIES is reached. */
const POOL_UNITS = 1 << 18;
/** Longer tokens are not cached (see add). */
const MAX_KEY_UNITS = POOL_UNITS >> 6;

export class TokenCache {
  /**
   * Per slot, the hash's upper 16 bits (the slot number comes from the lower ones) over entry + 1
   * in the lower 16 bits; entry + 1 = 0 marks an empty slot. One 32-bit word per slot keeps the
   * table at 256 kB, within the CPU's second-level cache.
   */
  private table = new Int32Array(SLOTS);
  /**
   * The table's word of the last token found per RECENT_SLOTS bucket of its hash, tried first: at
   * 16 kB it stays in the CPU's first-level cache, where the table's slots of the common words,
   * spread over 256 kB, do not.
   */
  private recent = new Int32Array(RECENT_SLOTS);
  /**
   * The keys' code units, back to back in entry order, entry e at [keyStart[e], keyStart[e + 1]):
   * compared in place, the keys of the common words (added first) sit together in a few cache
   * lines, where string objects would be strewn over the heap.
   */
  private pool = new Uint16Array(POOL_UNITS);
  private keyStart = new Int32Array(MAX_ENTRIES + 1);
  private count = 0;
  /** The exact and folded forms of entry e at 2e and 2e + 1 ('' when the token has none). */
  forms: string[] = [];
  /**
   * Per entry, HAS_EXACT | HAS_FOLDED for the non-empty forms: tested without reading the strings,
   * which would cost a cache miss each.
   */
  readonly present = new Uint8Array(MAX_ENTRIES);
  /** Changes whenever the cache is rebuilt: entry numbers are ids only within one generation. */
  generation = ++generations;

  /**
   * The entry of text[start, end) (whose hash is `hash`, see hashStep/hashFinish), analysing and
   * adding the token on a miss; −1 when the token cannot be analysed piecewise. `units` holds the
   * text's code units (compared in place: faster than charCodeAt on a string).
   */
  entryOf(units: Uint16Array, text: string, start: number, end: number, hash: number): number {
    const keyStart = this.keyStart;
    const length = end - start;
    const tag = hash & ~0xffff;
    const recent = this.recent[hash & RECENT_MASK]!;
    if ((recent & ~0xffff) === tag && recent !== 0) {
      const entry = (recent & 0xffff) - 1;
      const from = keyStart[entry]!;
      if (keyStart[entry + 1]! - from === length && this.sameText(from, units, start, length)) return entry;
    }
    const table = this.table;
    for (let slot = hash & MASK; ; slot = (slot + 1) & MASK) {
      const word = table[slot]!;
      const entry = (word & 0xffff) - 1;
      if (entry < 0) return this.add(text, start, end, hash, slot);
      if ((word & ~0xffff) === tag) {
        const from = keyStart[entry]!;
        if (keyStart[entry + 1]! - from === length && this.sameText(from, units, start, length)) {
          this.recent[hash & RECENT_MASK] = word;
          return entry;
        }
      }
    }
  }

  /** How many entries the cache holds (ids are below this). */
  get size(): number {
    return this.count;
  }

  private sameText(from: number, units: Uint16Array, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[from + k] !== units[start + k]) return false;
    return true;
  }

  private add(text: string, start: number, end: number, hash: number, free: number): number {
    const length = end - start;
    // A freak token (a run of thousands of letters) would crowd the pool: the reference path
    // analyses such a text, with the same result.
    if (length > MAX_KEY_UNITS) return -1;
    const forms = analyseToken(text.slice(start, end));
    if (!forms) return -1;
    let slot = free;
    if (this.count >= MAX_ENTRIES || this.keyStart[this.count]! + length > POOL_UNITS) {
      this.clear();
      slot = hash & MASK;
    }
    const entry = this.count++;
    const from = this.keyStart[entry]!;
    for (let k = 0; k < length; k++) this.pool[from + k] = text.charCodeAt(start + k);
    this.keyStart[entry + 1] = from + length;
    this.table[slot] = (hash & ~0xffff) | (entry + 1);
    this.forms.push(forms.exact, forms.folded);
    this.present[entry] = (forms.exact ? HAS_EXACT : 0) | (forms.folded ? HAS_FOLDED : 0);
    return entry;
  }

  private clear(): void {
    this.table.fill(0);
    this.recent.fill(0);
    this.count = 0;
    this.forms = [];
    this.generation = ++generations;
  }
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
