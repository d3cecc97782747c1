// The in-memory matcher's semantics (packages/query/src/matcher/compile-matcher.ts), which mirror
// the SQLite FTS5 search; fts5-agreement.test.ts checks them against the real index.
import type { MatchableDocument, QueryNode } from '@presswatch/domain';
import { analyseDocument, compileMatcher, compileMatcherWith, parseQuery } from '@presswatch/query';
import { describe, expect, it } from 'vitest';

const doc = (title: string, text: string, meta: Partial<Parameters<typeof analyseDocument>[0]> = {}) =>
  analyseDocument({
    title,
    text,
    sourceId: 'tuoitre',
    sourceName: 'Tuổi Trẻ',
    language: 'vi',
    country: 'vn',
    ...meta,
  });

const matches = (query: string | QueryNode, target: MatchableDocument) => {
  const node = typeof query === 'string' ? parseQuery(query) : query;
  if (!node) throw new Error(`empty query ${String(query)}`);
  return compileMatcher(node)(target).matched;
};

const article = doc(
  'Bộ đội biên phòng tuần tra biên giới',
  'Ngư dân ra khơi trên biển Đông. Lao Bảo là cửa khẩu quốc tế.\n\nCOVID-19 được kiểm soát.',
);

describe('compileMatcher: words and the diacritics rule', () => {
  it('matches a word typed with diacritics only in that spelling', () => {
    expect(matches('biển', article)).toBe(true);
    expect(matches('biên', article)).toBe(true);
    expect(matches('biến', article)).toBe(false);
  });

  it('matches a word typed without diacritics in any spelling (folded)', () => {
    expect(matches('bien', article)).toBe(true);
    expect(matches('bao', article)).toBe(true);
    expect(matches('bảo', doc('Lao Bao', ''))).toBe(false);
  });

  it('matches a prefix against whole tokens only from their start', () => {
    expect(matches('biê*', article)).toBe(true);
    expect(matches('iên*', article)).toBe(false);
    expect(matches('phong*', article)).toBe(true);
  });

  it('matches a phrase on consecutive tokens, across punctuation but within one field', () => {
    expect(matches('"Lao Bảo"', article)).toBe(true);
    expect(matches('"bảo lao"', article)).toBe(false);
    expect(matches('"đông lao"', article)).toBe(true);
    expect(matches('"giới ngư"', article)).toBe(false);
  });

  it('turns a word holding several tokens into a phrase, and one holding none into nothing', () => {
    expect(matches('covid-19', article)).toBe(true);
    expect(
      matches({ type: 'term', value: 'lao bảo', exact: true, prefix: false, field: null }, article),
    ).toBe(true);
    expect(matches({ type: 'term', value: '&', exact: false, prefix: false, field: null }, article)).toBe(
      false,
    );
  });

  it('limits title: and text: to their field', () => {
    expect(matches('title:biên', article)).toBe(true);
    expect(matches('title:ngư', article)).toBe(false);
    expect(matches('text:ngư', article)).toBe(true);
    expect(matches('text:tuần', article)).toBe(false);
  });

  it('combines AND, OR and NOT over the whole document', () => {
    expect(matches('biên AND ngư', article)).toBe(true);
    expect(matches('biên AND nhân', article)).toBe(false);
    expect(matches('nhân OR ngư', article)).toBe(true);
    expect(matches('biên -ngư', article)).toBe(false);
    expect(matches('NOT nhân', article)).toBe(true);
  });
});

describe('compileMatcher: meta fields, with SQL three-valued logic', () => {
  it('matches source by id (ASCII case-insensitive) or by normalised name', () => {
    expect(matches('source:TUOITRE', article)).toBe(true);
    expect(matches('source:"tuổi trẻ"', article)).toBe(true);
    expect(matches('source:thanhnien', article)).toBe(false);
  });

  it('matches lang, country and topic exactly', () => {
    const tagged = doc('a', 'b', { topics: ['border'] });
    expect(matches('lang:vi country:vn topic:border', tagged)).toBe(true);
    expect(matches('topic:investment', tagged)).toBe(false);
  });

  it('treats a missing language as unknown: neither lang:vi nor NOT lang:vi matches', () => {
    const unknown = doc('a', 'b', { language: null });
    expect(matches('lang:vi', unknown)).toBe(false);
    expect(matches('NOT lang:vi', unknown)).toBe(false);
    expect(matches('a OR lang:vi', unknown)).toBe(true);
  });
});

describe('compileMatcher: hits', () => {
  it('reports token positions of positive terms only, when matched', () => {
    const result = compileMatcher(parseQuery('"Lao Bảo" OR title:biên -nhân')!)(article);
    expect(result.matched).toBe(true);
    expect(result.hits).toEqual([
      { field: 'title', start: 2, end: 3 },
      { field: 'title', start: 6, end: 7 },
      { field: 'text', start: 7, end: 9 },
    ]);
    expect(compileMatcher(parseQuery('nhân')!)(article)).toEqual({ matched: false, hits: [] });
  });
});

describe('compileMatcher: CJK words inside unspaced runs (bigrams, as the FTS5 columns hold them)', () => {
  const chinese = doc('中国在南海部署', '越南 西沙群岛');
  it('finds a two-character word inside a run', () => {
    expect(matches('南海', chinese)).toBe(true);
    expect(matches('title:西沙', chinese)).toBe(false);
    expect(matches('text:西沙', chinese)).toBe(true);
  });

  it('finds a longer word as its bigrams in a row, and not when they are apart', () => {
    expect(matches('西沙群岛', chinese)).toBe(true);
    expect(matches('西沙岛', chinese)).toBe(false);
  });

  it('finds a single character only where it stands alone (a one-character run)', () => {
    expect(matches('海', chinese)).toBe(false);
    expect(matches('海', doc('海', ''))).toBe(true);
  });

  it('finds it with cjkSubstrings', () => {
    const node = parseQuery('南海 AND 西沙')!;
    expect(compileMatcherWith(node, { cjkSubstrings: true })(chinese).matched).toBe(true);
  });
});
