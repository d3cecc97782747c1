import { describe, expect, it } from 'vitest';
import { foldText, hasDiacritics } from '../src/index.ts';

describe('foldText', () => {
  it('lower-cases and removes Vietnamese diacritics, đ→d', () => {
    expect(foldText('Đồng Hới')).toBe('dong hoi');
    expect(foldText('QUẢNG TRỊ')).toBe('quang tri');
    expect(foldText('biển đảo, biên giới')).toBe('bien dao, bien gioi');
    expect(foldText('Ự ữ ỳ Ỵ ằ ẫ ơ ư')).toBe('u u y y a a o u');
  });

  it('folds decomposed input the same as composed input', () => {
    const word = 'Trường Sa';
    expect(foldText(word.normalize('NFD'))).toBe(foldText(word));
  });

  it('folds other Latin, Greek and Cyrillic diacritics', () => {
    expect(foldText('Façade Ŝ Ø ñ')).toBe('facade s ø n');
    expect(foldText('Ελλάδα')).toBe('ελλαδα');
    expect(foldText('ЁЖ')).toBe('еж');
  });

  it('keeps vowel signs of abugidas (Lao) and lower-cases text outside the table', () => {
    const lao = 'ສະບາຍດີ';
    expect(foldText(lao)).toBe(lao);
    expect(foldText('中国 ＡＢ')).toBe('中国 ａｂ');
  });
});

describe('hasDiacritics', () => {
  it('is true only when folding changes more than case', () => {
    expect(hasDiacritics('biển')).toBe(true);
    expect(hasDiacritics('Đông')).toBe(true);
    expect(hasDiacritics('đ')).toBe(true);
    expect(hasDiacritics('bien')).toBe(false);
    expect(hasDiacritics('BIEN')).toBe(false);
    expect(hasDiacritics('Lao')).toBe(false);
    expect(hasDiacritics('2025')).toBe(false);
    expect(hasDiacritics('ສະບາຍດີ')).toBe(false);
  });

  it('sees diacritics in decomposed input', () => {
    expect(hasDiacritics('biển'.normalize('NFD'))).toBe(true);
  });
});
