import { describe, expect, it } from 'vitest';
import {
  cjkBigrams,
  dictionaryWordSpans,
  hasSegmentedScript,
  scriptRuns,
  segmentScripts,
} from '../src/index.ts';

const words = (text: string) => segmentScripts(text).split(/\s+/u).filter(Boolean);

describe('segmentScripts', () => {
  it('leaves text without those scripts unchanged', () => {
    const text = 'Biển Đông, Hoàng Sa — Paracel (Xisha)';
    expect(segmentScripts(text)).toBe(text);
    expect(hasSegmentedScript(text)).toBe(false);
  });

  it('cuts Han runs into overlapping bigrams, set apart from their neighbours', () => {
    expect(words('中国在南海')).toEqual(['中国', '国在', '在南', '南海']);
    expect(words('越南xisha西沙群岛。')).toEqual(['越南', 'xisha', '西沙', '沙群', '群岛', '。']);
  });

  it('keeps a one-character run as a unigram', () => {
    expect(words('海 and 山')).toEqual(['海', 'and', '山']);
  });

  it('treats kana (with the long-vowel mark) and Hangul alike', () => {
    expect(words('ニュース')).toEqual(['ニュ', 'ュー', 'ース']);
    expect(words('한국어')).toEqual(['한국', '국어']);
  });

  it('counts characters outside the BMP as one', () => {
    expect(cjkBigrams('𠀀𠀁中')).toEqual(['𠀀𠀁', '𠀁中']);
  });

  it('cuts Thai and Lao into dictionary words', () => {
    const thai = words('ประเทศไทยมีชายแดนติดกับลาว');
    expect(thai).toContain('ชายแดน');
    expect(thai.join('')).toBe('ประเทศไทยมีชายแดนติดกับลาว');
    const lao = words('ລາວມີຊາຍແດນຕິດກັບຫວຽດນາມ');
    expect(lao).toContain('ຊາຍແດນ');
    expect(lao.join('')).toBe('ລາວມີຊາຍແດນຕິດກັບຫວຽດນາມ');
  });

  it('segments a word alone as it does inside the text, so a query word finds itself', () => {
    for (const word of ['南海', 'ชายแดน', 'ຊາຍແດນ']) {
      expect(words(word)).toEqual([word]);
    }
  });

  it('leaves Thai punctuation out of the runs, as the tokenizer does', () => {
    expect(words('ไทย๚ลาว')).toEqual(['ไทย', '๚', 'ลาว']);
  });
});

describe('scriptRuns and dictionaryWordSpans', () => {
  it('say where each run lies and how it is cut', () => {
    expect(scriptRuns('ab西沙 ไทย')).toEqual([
      { start: 2, end: 4, kind: 'bigrams' },
      { start: 5, end: 8, kind: 'words' },
    ]);
    expect(scriptRuns('Biển Đông')).toEqual([]);
  });

  it('give the spans of the dictionary words', () => {
    const run = 'มีชายแดน';
    expect(dictionaryWordSpans(run).map(([start, end]) => run.slice(start, end))).toEqual(['มี', 'ชายแดน']);
  });
});
