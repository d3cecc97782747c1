// An item's near-duplicate signature: the MinHash of its headline and text (folded word shingles)
// and a key of its folded headline, with the LSH band keys under which the store files it.
//
// Why MinHash and not SimHash: SimHash finds copies that differ in a few words (a Hamming distance
// of 3 bits out of 64), but a rewrite that keeps the body and rewords the headline and lead shares
// only about half of its shingles with the original, beyond what SimHash bit blocks reach without
// flooding the candidates. MinHash estimates the Jaccard similarity itself, and LSH bands of it
// set the recall curve: with 42 bands of 3 bins a pair at similarity 0.5 becomes a candidate with
// probability 0.996, one at 0.3 with 0.69, one at 0.1 with 0.04.
import { tokenHashes } from './folded-tokens.ts';
import { EMPTY_BIN, minhash, mix32 } from './minhash.ts';

export interface SignatureSettings {
  /** Words per shingle. */
  shingleSize: number;
  /** MinHash bins, a power of two. */
  bins: number;
  /** LSH: `bands` groups of `rows` bins each (bands × rows ≤ bins). */
  bands: number;
  rows: number;
}

export const DEFAULT_SIGNATURE_SETTINGS: SignatureSettings = {
  shingleSize: 3,
  bins: 128,
  bands: 42,
  rows: 3,
};

export interface ItemSignature {
  minhash: Uint32Array;
  /** Hash of the folded headline; 0 when the headline has fewer than MIN_TITLE_WORDS words. */
  titleKey: number;
  /** Hashes of the headline's folded word pairs, sorted, distinct, at most MAX_TITLE_PAIRS. */
  titlePairs: Uint32Array;
}

/** Headlines shorter than this ("Thời sự", "Tin vắn") say nothing about the story. */
export const MIN_TITLE_WORDS = 6;

const MAX_TITLE_PAIRS = 32;

/** The band index under which the headline key is filed. */
const TITLE_BAND = 63;
const BAND_SPAN = 2 ** 32;

export function itemSignature(
  document: { title: string; text: string },
  settings: SignatureSettings = DEFAULT_SIGNATURE_SETTINGS,
): ItemSignature {
  const words = tokenHashes(document.title);
  return {
    minhash: minhash(`${document.title}\n${document.text}`, settings),
    titleKey: titleKeyOf(words),
    titlePairs: titlePairsOf(words),
  };
}

function titleKeyOf(words: number[]): number {
  if (words.length < MIN_TITLE_WORDS) return 0;
  let h = 0x2545f491;
  for (const word of words) h = mix32(h ^ word);
  return h || 1;
}

function titlePairsOf(words: number[]): Uint32Array {
  const pairs = new Set<number>();
  for (let i = 0; i + 1 < words.length && pairs.size < MAX_TITLE_PAIRS; i++) {
    pairs.add(mix32(Math.imul(words[i]!, 0x9e3779b1) ^ words[i + 1]!));
  }
  return Uint32Array.from(pairs).sort();
}

/** The share of the shorter headline's word pairs that the other headline has too (0 without pairs). */
export function titleOverlap(a: ItemSignature, b: ItemSignature): number {
  const shorter = Math.min(a.titlePairs.length, b.titlePairs.length);
  if (shorter === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.titlePairs.length && j < b.titlePairs.length) {
    const x = a.titlePairs[i]!;
    const y = b.titlePairs[j]!;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared / shorter;
}

/**
 * The keys a later near-duplicate shares with high probability: one per LSH band (the band's
 * index and a hash of its bins) and one for the headline. Safe integers, band index first.
 */
export function bandKeys(signature: ItemSignature, settings: SignatureSettings = DEFAULT_SIGNATURE_SETTINGS) {
  const { bands, rows } = settings;
  if (bands * rows > signature.minhash.length || bands > TITLE_BAND) {
    throw new Error(`${bands} bands × ${rows} rows do not fit ${signature.minhash.length} bins`);
  }
  const keys: number[] = [];
  if (signature.minhash[0] !== EMPTY_BIN) {
    for (let band = 0; band < bands; band++) {
      let h = mix32(band + 1);
      for (let row = 0; row < rows; row++) h = mix32(h ^ signature.minhash[band * rows + row]!);
      keys.push(band * BAND_SPAN + h);
    }
  }
  if (signature.titleKey !== 0) keys.push(TITLE_BAND * BAND_SPAN + signature.titleKey);
  return keys;
}

const VERSION = 1;

/** Bytes for the store, little-endian u32s: version, headline key, pair count, pairs, bins. */
export function encodeSignature(signature: ItemSignature): Uint8Array {
  const words = [
    VERSION,
    signature.titleKey,
    signature.titlePairs.length,
    ...signature.titlePairs,
    ...signature.minhash,
  ];
  const bytes = new Uint8Array(words.length * 4);
  const view = new DataView(bytes.buffer);
  words.forEach((word, i) => {
    view.setUint32(i * 4, word, true);
  });
  return bytes;
}

export function decodeSignature(bytes: Uint8Array): ItemSignature {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.byteLength / 4;
  const word = (i: number) => view.getUint32(i * 4, true);
  if (!Number.isInteger(count) || count < 3 || word(0) !== VERSION || count < 3 + word(2)) {
    throw new Error('Unknown signature format');
  }
  const pairs = word(2);
  const titlePairs = Uint32Array.from({ length: pairs }, (_, i) => word(3 + i));
  const minhash = Uint32Array.from({ length: count - 3 - pairs }, (_, i) => word(3 + pairs + i));
  return { minhash, titleKey: word(1), titlePairs };
}
