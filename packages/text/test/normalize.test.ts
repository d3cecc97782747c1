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
});
