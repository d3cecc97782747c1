// A document indexed for a vocabulary (the classifier's rules) answers every matcher alike,
// including matchers of queries outside the vocabulary.
import type { QueryNode } from '@presswatch/domain';
import { analyseDocument, compileMatcher, indexDocument, parseQuery, vocabularyOf } from '@presswatch/query';
import { describe, expect, it } from 'vitest';

const queries = [
  '"biên giới" OR "cửa khẩu"',
  'title:(Lao Bảo) AND ngư',
  'bien* -hoang',
  '"Hoàng Sa" OR paracel',
  'ngư dân OR "tàu cá"',
  'đông',
  '"cửa khẩu quốc tế" OR "Lao Bảo" lang:vi',
].map((q) => parseQuery(q) as QueryNode);

const text = (title: string, body: string) => ({ title, text: body, language: 'vi' });
const samples = [
  text('Lao Bảo đón khách', 'Cửa khẩu quốc tế Lao Bảo, biên giới Việt - Lào. Ngư dân ở biển Đông.'),
  text('Tàu cá gặp nạn', 'Ngư dân được cứu gần quần đảo Hoàng Sa (Paracel).'),
  text('Đông Hà', 'Không có gì về biên giới ở đây, chỉ có biến động giá.'),
];

describe('indexDocument with a vocabulary', () => {
  it('gives every matcher the same answers as an unprepared document', () => {
    const vocabulary = vocabularyOf(queries.slice(0, 4));
    for (const sample of samples) {
      const plain = analyseDocument(sample);
      const prepared = analyseDocument(sample);
      indexDocument(prepared, vocabulary);
      for (const query of queries) {
        const matcher = compileMatcher(query);
        expect(matcher(prepared)).toEqual(matcher(plain));
      }
    }
  });

  it('answers alike for a document analysed long before (its token ids forgotten)', () => {
    const vocabulary = vocabularyOf(queries);
    const early = samples.map((sample) => analyseDocument(sample));
    // More analyses than the analyser remembers token ids for: the early documents are then
    // looked up by their token strings.
    for (let n = 0; n < 20; n++) analyseDocument(text(`tin ${n}`, `bài số ${n} về biên giới`));
    for (const [k, prepared] of early.entries()) {
      indexDocument(prepared, vocabulary);
      const plain = analyseDocument(samples[k]!);
      for (const query of queries)
        expect(compileMatcher(query)(prepared)).toEqual(compileMatcher(query)(plain));
    }
  });

  it('answers alike after the token cache is rebuilt (token ids change meaning)', () => {
    const vocabulary = vocabularyOf(queries);
    const check = () => {
      for (const sample of samples) {
        const prepared = analyseDocument(sample);
        indexDocument(prepared, vocabulary);
        const plain = analyseDocument(sample);
        for (const query of queries)
          expect(compileMatcher(query)(prepared)).toEqual(compileMatcher(query)(plain));
      }
    };
    check();
    const words: string[] = [];
    for (let n = 0; n < 40_000; n++) words.push(`từ${n.toString(36)}`);
    analyseDocument(text('nhiều từ', words.join(' ')));
    check();
    expect(compileMatcher(queries[0]!)(analyseDocument(samples[0]!)).matched).toBe(true);
  });

  it('collects the words of the queries per form', () => {
    const vocabulary = vocabularyOf([parseQuery('"Lao Bảo" OR paracel')!]);
    expect(vocabulary.exact.size).toBe(1);
    expect(vocabulary.folded.size).toBe(1);
  });
});
