import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/index.ts';

describe('normalizeText', () => {
  it('recomposes decomposed (NFD) text', () => {
    const nfd = 'Quảng Trị'.normalize('NFD');
    expect(nfd).not.toBe('Quảng Trị');
    expect(normalizeText(nfd)).toBe('Quảng Trị');
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['uỷ ban', 'ủy ban'],
    ['khoẻ', 'khỏe'],
    ['hoá học', 'hóa học'],
    ['Toà án', 'Tòa án'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['Uỷ', 'Ủy'],
    ['loè loẹt', 'lòe loẹt'],
    ['nguỵ', 'ngụy'],
    ['oà khóc', 'òa khóc'],
  ])('moves the tone of an open oa/oe/uy syllable onto the first vowel: %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('moves the tone in decomposed input too', () => {
    expect(normalizeText('thuỷ'.normalize('NFD'))).toBe('thủy');
  });

  it.each([
    'hoàn thành',
    'khoét',
    'huýt sáo',
    'ngoài',
    'xoáy',
    'khuya',
    'quý',
    'quỳ',
    'thuế',
    'Chloé',
    'Zoé',
  ])('leaves syllables with a final, qu+y and non-Vietnamese words alone: %s', (word) => {
    expect(normalizeText(word)).toBe(word);
  });

  it('is idempotent and keeps the already-normalised style', () => {
    const text = 'Hòa bình, thủy lợi và ủy ban ở Đồng Hới.';
    expect(normalizeText(text)).toBe(text);
    expect(normalizeText(normalizeText('hoà thuỷ'))).toBe('hòa thủy');
  });

  it('drops combining marks that have no letter to sit on', () => {
    expect(normalizeText('a \u0301b')).toBe('a b');
  });

  // The rewrites without the cheap pre-tests normalizeText runs first: the tests must never skip
  // a text one of them would change.
  const plainRewrite = (s: string) =>
    s
      .normalize('NFC')
      .replace(/(^|[^\p{L}\p{M}])[\u0300-\u036f]+/gu, '$1')
      .replace(
        /(?<![\p{L}\p{M}])((?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdđghklmnprstvx])?)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}\p{M}])/giu,
        (match: string, onset: string, first: string, second: string) => {
          const [base = '', tone = ''] = second.normalize('NFD');
          const pair = `${first}${base}`.toLowerCase();
          if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match;
          return `${onset}${(first + tone).normalize('NFC')}${base}`;
        },
      );

  it('gives what the plain rewrites give on generated text (the pre-tests skip nothing)', () => {
    const pieces = [
      'h',
      'th',
      'q',
      'o',
      'u',
      'O',
      'U',
      'à',
      'ỷ',
      'Ẹ',
      'À',
      'a',
      'y',
      'n',
      'ư',
      ' ',
      '×',
      '÷',
      '.',
      '\u0301',
      'ǎ',
      'ỹ',
      '1',
      'ß',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    let changed = 0;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + (next() % 8);
      for (let i = 0; i < length; i++) text += pieces[next() % pieces.length];
      const expected = plainRewrite(text);
      if (expected !== text.normalize('NFC')) changed++;
      expect(normalizeText(text)).toBe(expected);
    }
    expect(changed).toBeGreaterThan(100);
  });
});
