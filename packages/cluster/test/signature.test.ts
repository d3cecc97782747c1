// Signatures: folded tokens, MinHash estimates, LSH band keys and the stored bytes.
import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  decodeSignature,
  EMPTY_BIN,
  encodeSignature,
  estimateSimilarity,
  itemSignature,
  minhash,
  tokenHashes,
} from '../src/index.ts';
import { forEachShingle } from '../src/signature/minhash.ts';
import { original, syndicated, unrelated } from './fixtures.ts';

function shingleSet(text: string): Set<number> {
  const set = new Set<number>();
  forEachShingle(text, 3, (hash) => set.add(hash));
  return set;
}

function exactJaccard(a: string, b: string): number {
  const x = shingleSet(a);
  const y = shingleSet(b);
  let shared = 0;
  for (const h of x) if (y.has(h)) shared++;
  return shared / (x.size + y.size - shared);
}

describe('folded tokens', () => {
  it('hashes spellings that differ only in case, diacritics, tone placement or composition alike', () => {
    const nfc = tokenHashes('Hòa bình ở Quảng Trị');
    expect(tokenHashes('HOÀ BÌNH Ở QUẢNG TRỊ')).toEqual(nfc);
    expect(tokenHashes('Hoa binh o Quang Tri')).toEqual(nfc);
    expect(tokenHashes('Hòa bình ở Quảng Trị'.normalize('NFD'))).toEqual(nfc);
    expect(tokenHashes('Đồng Hới')).toEqual(tokenHashes('dong hoi'));
    expect(tokenHashes('Hòa bình')).not.toEqual(tokenHashes('Hòa thuận'));
  });

  it('splits on punctuation and spaces, and makes each CJK or Lao character a token', () => {
    expect(tokenHashes('Lao Bảo—Densavan, 2025!')).toHaveLength(4);
    expect(tokenHashes('南海仲裁')).toHaveLength(4);
    expect(tokenHashes('ສະຫວັນ')).toHaveLength('ສະຫວັນ'.length);
  });
});

describe('MinHash', () => {
  it('estimates the Jaccard similarity of the shingle sets', () => {
    const settings = { shingleSize: 3, bins: 128 };
    const a = `${original.title}\n${original.text}`;
    const b = `${syndicated.title}\n${syndicated.text}`;
    const estimate = estimateSimilarity(minhash(a, settings), minhash(b, settings));
    expect(Math.abs(estimate - exactJaccard(a, b))).toBeLessThan(0.1);
    expect(estimateSimilarity(minhash(a, settings), minhash(a, settings))).toBe(1);
    const other = `${unrelated.title}\n${unrelated.text}`;
    expect(estimateSimilarity(minhash(a, settings), minhash(other, settings))).toBeLessThan(0.05);
  });

  it('fills every bin of a short text, and none of an empty one', () => {
    const short = minhash('Tin ngắn về cửa khẩu', { shingleSize: 3, bins: 128 });
    expect([...short].filter((bin) => bin === EMPTY_BIN)).toEqual([]);
    expect([...minhash(' … ', { shingleSize: 3, bins: 128 })].every((bin) => bin === EMPTY_BIN)).toBe(true);
  });

  it('refuses a bin count that is not a power of two', () => {
    expect(() => minhash('abc', { shingleSize: 3, bins: 100 })).toThrow(/power of two/);
  });
});

describe('band keys', () => {
  it('files near-duplicates under shared keys and unrelated stories under none', () => {
    const keys = new Set(bandKeys(itemSignature(original)));
    expect(keys.size).toBe(43); // 42 bands and the headline
    expect(bandKeys(itemSignature(syndicated)).filter((key) => keys.has(key)).length).toBeGreaterThan(10);
    expect(bandKeys(itemSignature(unrelated)).filter((key) => keys.has(key))).toEqual([]);
    for (const key of keys) expect(Number.isSafeInteger(key)).toBe(true);
  });

  it('has no key for an item without words, and no headline key for a short headline', () => {
    expect(bandKeys(itemSignature({ title: '—', text: '… !' }))).toEqual([]);
    expect(bandKeys(itemSignature({ title: 'Thời sự', text: original.text }))).toHaveLength(42);
  });
});

describe('stored signature', () => {
  it('round-trips through bytes', () => {
    const signature = itemSignature(original);
    const decoded = decodeSignature(encodeSignature(signature));
    expect(decoded.titleKey).toBe(signature.titleKey);
    expect([...decoded.titlePairs]).toEqual([...signature.titlePairs]);
    expect([...decoded.minhash]).toEqual([...signature.minhash]);
    expect(() => decodeSignature(new Uint8Array([9, 0, 0, 0]))).toThrow(/format/);
  });
});
