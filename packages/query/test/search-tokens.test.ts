// searchTokens builds the index tokens without writing the segmented text; it must give exactly
// what the FTS5 columns hold: the words of segmentScripts(normalizeText(text)) and of its fold.
import { foldText, normalizeText, segmentScripts, tokenize } from '@presswatch/text';
import { describe, expect, it } from 'vitest';
import { searchTokens } from '../src/search-tokens.ts';

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

function definition(text: string) {
  const segmented = segmentScripts(normalizeText(text));
  return { exact: segmented.toLowerCase().match(WORD) ?? [], folded: tokenize(foldText(segmented)) };
}

const PIECES = [
  '中国',
  '在南海',
  '西',
  'ニュース',
  '한국어',
  'ประเทศไทยมี',
  'ຊາຍແດນ',
  '๚',
  'Biển',
  'HOÀ',
  'ΟΔΟΣ',
  '𠀀',
  '-',
  ' ',
  '，',
  'a',
];

describe('searchTokens', () => {
  it('equals the tokens of the segmented text on mixed scripts', () => {
    const text = 'Biển Đông: 中国在南海部署, 越南xisha西沙群岛。ประเทศไทยมีชายแดน๚ລາວ 𠀀𠀁 ΟΔΟΣ中';
    expect(searchTokens(text)).toEqual(definition(text));
  });

  it('equals them on random mixtures', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => PIECES[Math.floor(random() * PIECES.length)],
      ).join('');
      expect(searchTokens(text), JSON.stringify(text)).toEqual(definition(text));
    }
  });
});
