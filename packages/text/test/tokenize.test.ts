import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/index.ts';

describe('tokenize', () => {
  it('splits on spaces and punctuation, lower-cased', () => {
    expect(tokenize('Quảng Trị: COVID-19, "biển đảo"!')).toEqual([
      'quảng',
      'trị',
      'covid',
      '19',
      'biển',
      'đảo',
    ]);
  });

  it('normalises while tokenizing (NFC, tone placement)', () => {
    expect(tokenize('Thuỷ lợi'.normalize('NFD'))).toEqual(['thủy', 'lợi']);
  });

  it('keeps combining vowel signs inside words', () => {
    expect(tokenize('ສະບາຍດີ ເພື່ອນ')).toEqual(['ສະບາຍດີ', 'ເພື່ອນ']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize(' — & … ')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});
