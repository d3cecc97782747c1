import { describe, expect, it } from 'vitest';
import { isKnownNfc, nfcSafeTable, toNfc } from '../src/index.ts';

describe('toNfc', () => {
  it('recomposes decomposed text', () => {
    const nfd = 'Quảng Trị, thuỷ lợi'.normalize('NFD');
    expect(isKnownNfc(nfd)).toBe(false);
    expect(toNfc(nfd)).toBe('Quảng Trị, thuỷ lợi');
  });

  it('returns NFC text as it is, Vietnamese and punctuation included', () => {
    const text = 'Đồng Hới – “Biển Đông”… 3,5% ư ơ ạ ỹ';
    expect(isKnownNfc(text)).toBe(true);
    expect(toNfc(text)).toBe(text);
  });

  it.each([
    ['a combining mark after a letter', 'xa\u0301'],
    ['a singleton (Ohm sign → Omega)', '\u2126'],
    ['a conjoining Hangul jamo pair', '\u1100\u1161'],
    ['a Bengali vowel sign that composes', '\u09c7\u09be'],
    ['an astral character', '𝟏'],
  ])('does not claim %s is known NFC, and normalises it', (_, text) => {
    expect(isKnownNfc(text)).toBe(false);
    expect(toNfc(text)).toBe(text.normalize('NFC'));
  });

  it('gives the same answers for long texts (read from a copy of their code units)', () => {
    const lead = 'Sáng nay, Bộ đội Biên phòng tỉnh Quảng Trị phối hợp tuần tra trên tuyến biên giới. ';
    const long = lead.repeat(20).slice(7); // a sliced string, as an article's opening is
    expect(isKnownNfc(long)).toBe(true);
    expect(toNfc(long)).toBe(long);
    for (const odd of ['xa\u0301', '\u2126', '𝟏']) {
      const text = `${long}${odd}${long}`;
      expect(isKnownNfc(text)).toBe(false);
      expect(toNfc(text)).toBe(text.normalize('NFC'));
    }
  });

  it('marks no character NFC-safe that NFC changes or that is a combining mark', () => {
    const safe = nfcSafeTable();
    const wrong: string[] = [];
    let count = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (safe[code] === 0) continue;
      count++;
      const ch = String.fromCharCode(code);
      if (ch.normalize('NFC') !== ch || /\p{M}/u.test(ch)) wrong.push(`U+${code.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(count).toBeGreaterThan(40_000);
  });

  it('agrees with normalize on pairs of NFC-safe characters (none composes with the next)', () => {
    const safe = nfcSafeTable();
    const codes: number[] = [];
    for (let code = 0; code < 0x10000; code += code < 0x3000 ? 1 : 97) if (safe[code] === 1) codes.push(code);
    const second = codes.filter((_, k) => k % 29 === 0);
    for (const a of codes) {
      for (const b of second) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) throw new Error(`U+${a.toString(16)} U+${b.toString(16)}`);
      }
    }
    expect(codes.length).toBeGreaterThan(1000);
  });
});
