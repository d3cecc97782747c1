import { describe, expect, it } from 'vitest';
import { isLetterCode, isLetterOrNumberCode, isUpperCode } from '../src/index.ts';

describe('character classes', () => {
  it('agree with the Unicode property regexes on every BMP code point and some astral ones', () => {
    const wrong: string[] = [];
    const astral = [0x1d400, 0x1d7cf, 0x1f600, 0x20000, 0x10400, 0x10428, 0xe0041];
    const codes = [...Array.from({ length: 0x10000 }, (_, code) => code), ...astral];
    let letters = 0;
    for (const code of codes) {
      const ch = String.fromCodePoint(code);
      if (isLetterCode(code) !== /^\p{L}$/u.test(ch)) wrong.push(`L U+${code.toString(16)}`);
      if (isUpperCode(code) !== /^\p{Lu}$/u.test(ch)) wrong.push(`Lu U+${code.toString(16)}`);
      if (isLetterOrNumberCode(code) !== /^[\p{L}\p{N}]$/u.test(ch)) wrong.push(`LN U+${code.toString(16)}`);
      if (isLetterCode(code)) letters++;
    }
    expect(wrong).toEqual([]);
    expect(letters).toBeGreaterThan(40_000);
    expect([isUpperCode(0x110), isUpperCode(0x111), isLetterOrNumberCode(0x35)]).toEqual([true, false, true]);
  });
});
