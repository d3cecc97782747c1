// MinHash of a text's folded word shingles, by one-permutation hashing (Li, Owen & Zhang 2012)
// with optimal densification (Shrivastava 2017): every shingle is hashed once, its hash picks a bin
// and the bin keeps its smallest value. Classic MinHash hashes every shingle once per bin (128
// times here); one permutation costs one hash per shingle and estimates Jaccard similarity as
// well. Bins that no shingle reached (short texts) borrow the value of a non-empty bin chosen by a
// fixed hash sequence, the same for every text, so two texts' bins stay comparable.
import { forEachTokenHash } from './folded-tokens.ts';

/** A bin that no shingle reached. Real values are below 2^(32 − log2 bins). */
export const EMPTY_BIN = 0xffffffff;

/** murmur3's finaliser: spreads the bits of a 32-bit hash. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export interface MinhashOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** A power of two. */
  bins: number;
}

/** The shingle hashes of `text`: every run of `size` consecutive tokens (one shingle when shorter). */
export function forEachShingle(text: string, size: number, visit: (hash: number) => void): void {
  const ring = new Uint32Array(size);
  let count = 0;
  forEachTokenHash(text, (token) => {
    ring[count % size] = token;
    count++;
    if (count >= size) visit(shingleHash(ring, count, size));
  });
  if (count > 0 && count < size) visit(shingleHash(ring, count, count));
}

/** Order-sensitive hash of the last `size` tokens in the ring (`count` tokens seen so far). */
function shingleHash(ring: Uint32Array, count: number, size: number): number {
  let h = 0x9e3779b9;
  for (let i = count - size; i < count; i++) {
    h = Math.imul(h ^ ring[i % ring.length]!, 0x01000193);
    h = (h << 13) | (h >>> 19);
  }
  return h >>> 0;
}

/** The MinHash signature of `text`; all bins EMPTY_BIN when it has no word. */
export function minhash(text: string, options: MinhashOptions): Uint32Array {
  const { bins } = options;
  const binBits = Math.log2(bins);
  if (!Number.isInteger(binBits)) throw new Error(`bins must be a power of two, got ${bins}`);
  const valueMask = binBits === 0 ? 0xffffffff : 0xffffffff >>> binBits;
  const signature = new Uint32Array(bins).fill(EMPTY_BIN);
  let filled = 0;
  forEachShingle(text, options.shingleSize, (shingle) => {
    const h = mix32(shingle);
    const bin = binBits === 0 ? 0 : h >>> (32 - binBits);
    const value = (h & valueMask) >>> 0;
    const current = signature[bin]!;
    if (current === EMPTY_BIN) filled++;
    if (value < current) signature[bin] = value;
  });
  if (filled > 0 && filled < bins) densify(signature);
  return signature;
}

/** Fills empty bins from non-empty ones, each empty bin following its own fixed probe sequence. */
function densify(signature: Uint32Array): void {
  const bins = signature.length;
  const original = signature.slice();
  for (let bin = 0; bin < bins; bin++) {
    if (original[bin] !== EMPTY_BIN) continue;
    signature[bin] = original[donorOf(original, bin)]!;
  }
}

/** The first non-empty bin of `bin`'s probe sequence (a linear scan after many misses). */
function donorOf(original: Uint32Array, bin: number): number {
  const bins = original.length;
  for (let attempt = 1; attempt <= bins * 16; attempt++) {
    const donor = mix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x7feb352d)) % bins;
    if (original[donor] !== EMPTY_BIN) return donor;
  }
  return original.findIndex((value) => value !== EMPTY_BIN);
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal bins. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0 || a[0] === EMPTY_BIN || b[0] === EMPTY_BIN) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
