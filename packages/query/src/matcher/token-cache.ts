// The analyser's cache from a token's text to its two forms: an open-addressing hash table probed
// with a hash computed during the scan and checked against the text in place, so a cache hit
// (nearly every token of news text) allocates nothing. Flat parallel arrays rather than entry
// objects: a lookup then touches fewer cache lines, which is most of its cost in a busy process.
// Dropped and rebuilt when half full (the 4,000 commonest words are 98% of news text).
import { analyseToken } from './analyse-token.ts';

const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
const MAX_ENTRIES = SLOTS >> 1;

export class TokenCache {
  private hashes = new Int32Array(SLOTS);
  private keys: (string | null)[] = emptySlots(null);
  /** The exact and folded forms by slot ('' when the token has none). */
  exact: string[] = emptySlots('');
  folded: string[] = emptySlots('');
  private size = 0;

  /**
   * The slot holding text[start, end) (whose hash is `hash`, see hashStep/hashFinish), analysing
   * and adding the token on a miss; −1 when the token cannot be analysed piecewise.
   */
  slotOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & MASK; ; slot = (slot + 1) & MASK) {
      const key = this.keys[slot];
      if (key === null) return this.add(text.slice(start, end), hash);
      if (this.hashes[slot] === hash && key!.length === length && sameText(key!, text, start)) return slot;
    }
  }

  private add(word: string, hash: number): number {
    const forms = analyseToken(word);
    if (!forms) return -1;
    if (this.size >= MAX_ENTRIES) this.clear();
    let slot = hash & MASK;
    while (this.keys[slot] !== null) slot = (slot + 1) & MASK;
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.exact[slot] = forms.exact;
    this.folded[slot] = forms.folded;
    this.size++;
    return slot;
  }

  private clear(): void {
    this.hashes = new Int32Array(SLOTS);
    this.keys = emptySlots(null);
    this.exact = emptySlots('');
    this.folded = emptySlots('');
    this.size = 0;
  }
}

function sameText(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** A filled array (`new Array(n)` would be holey, with slower reads). */
function emptySlots<T>(value: T): T[] {
  return new Array<T>(SLOTS).fill(value);
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
