// The one-pass analyser (packages/query/src/matcher/analyse-field.ts) must tokenise exactly as the
// search index does (referenceAnalysis: @presswatch/text tokenize and foldText). The matcher's
// tests live in this package while the query package is being extended in parallel.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyseField, referenceAnalysis } from '@presswatch/query';
import { describe, expect, it } from 'vitest';
import { readJsonlHead, SHARED_DIR } from '../shared-dir.ts';

const CORPUS = join(SHARED_DIR, 'corpus/vi-news.jsonl');
const corpusPresent = existsSync(CORPUS);

describe('analyseField', () => {
  it('gives exact (lower-cased, one tone style) and folded tokens', () => {
    expect(analyseField('Quảng Trị: Hoà bình ở Biển Đông, COVID-19!')).toEqual({
      exact: ['quảng', 'trị', 'hòa', 'bình', 'ở', 'biển', 'đông', 'covid', '19'],
      folded: ['quang', 'tri', 'hoa', 'binh', 'o', 'bien', 'dong', 'covid', '19'],
    });
  });

  it('recomposes decomposed text and moves tone marks like normalizeText', () => {
    expect(analyseField('THUỶ lợi khoẻ'.normalize('NFD')).exact).toEqual(['thủy', 'lợi', 'khỏe']);
  });

  const cases = [
    'Đồng Hới, Ðông Hà và Lao Bảo',
    '5\u0301 người ở xã\u0301 A Dơi',
    ' \u0301\u0300 orphan marks',
    'ΟΔΟΣ.Β and σ ς Σ',
    'İstanbul İİ',
    '南海 西沙群岛 中国在南海',
    'ສະບາຍດີ ເພື່ອນ ไทย',
    '𝟏𝟐 𐐀𐐁 \ud800 lone',
    'ſoà Koà ngoà gioạ quý',
    'soft\u00adhyphen a\u1dc0b \u1dc0 x\u20d0y',
    'hàng\u0001không\u0002',
  ];
  it.each(cases)('equals the index tokenisation for %j', (text) => {
    expect(analyseField(text)).toEqual(referenceAnalysis(text));
  });

  it('equals the index tokenisation on random strings of tricky characters', () => {
    const alphabet = Array.from(
      'aouyehngqsſKKàáảỳýẻÒÓ\u0300\u0301\u0309\u1dc05٣ -.ΣσİđĐð\u00ad¨ǅ𝟏𐐀\ud800ßẞﬁ\u037eʹ·ـ\u200d\ue000ơưƯxtri\n’',
    );
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(analyseField(text), JSON.stringify(text)).toEqual(referenceAnalysis(text));
    }
  });

  it('normalises a text whose first non-NFC character comes late, after many cached tokens', () => {
    const text = `${'Quảng Trị và Đồng Hới. '.repeat(40)}${'thuỷ lợi hoà'.normalize('NFD')} cuối`;
    expect(analyseField(text)).toEqual(referenceAnalysis(text));
    expect(analyseField(text).exact).toContain('thủy');
  });

  it('handles a token too long for the token cache', () => {
    const text = `mở đầu ${'ab'.repeat(3000)} Quảng Trị`;
    expect(analyseField(text)).toEqual(referenceAnalysis(text));
  });

  it('stays exact when so many distinct tokens pass that the token cache is rebuilt', () => {
    const words: string[] = [];
    for (let n = 0; n < 40_000; n++) words.push(`từ${n.toString(36)}`);
    const text = words.join(' ');
    expect(analyseField(text)).toEqual(referenceAnalysis(text));
    expect(analyseField('Biển Đông')).toEqual(referenceAnalysis('Biển Đông'));
  });

  describe.skipIf(!corpusPresent && !process.env.CI)(
    `on the shared corpus (${corpusPresent ? CORPUS : 'missing: ../shared/corpus, skipped'})`,
    () => {
      it('equals the index tokenisation on the first 500 articles', () => {
        for (const { title, text } of readJsonlHead<{ title: string; text: string }>(CORPUS, 500)) {
          expect(analyseField(title)).toEqual(referenceAnalysis(title));
          expect(analyseField(text)).toEqual(referenceAnalysis(text));
        }
      });
    },
  );
});
