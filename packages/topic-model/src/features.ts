// What the model sees of an article: its folded words and word pairs (hashed), the headline's
// counted twice — as the rules weigh the headline above the body. Folding (no diacritics, lower
// case) comes from the same one-pass token hasher as the near-duplicate signatures.
import { forEachTokenHash } from '@presswatch/cluster';

export interface ModelDocument {
  title: string;
  text: string;
}

const TITLE_WEIGHT = 2;
/** Only the start of long articles is read: the subject is set in the first paragraphs. */
const MAX_TEXT_CHARS = 12_000;

/** Hashed feature → weighted count. */
export function featureCounts(document: ModelDocument): Map<number, number> {
  const counts = new Map<number, number>();
  addFeatures(counts, document.title, TITLE_WEIGHT);
  addFeatures(counts, document.text.slice(0, MAX_TEXT_CHARS), 1);
  return counts;
}

function addFeatures(counts: Map<number, number>, text: string, weight: number): void {
  let previous = 0;
  let first = true;
  forEachTokenHash(text, (token) => {
    counts.set(token, (counts.get(token) ?? 0) + weight);
    if (!first) {
      const pair = pairHash(previous, token);
      counts.set(pair, (counts.get(pair) ?? 0) + weight);
    }
    previous = token;
    first = false;
  });
}

function pairHash(a: number, b: number): number {
  let x = Math.imul(a, 0x9e3779b1) ^ b;
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d);
  x ^= x >>> 12;
  return x >>> 0;
}
