import type { QueryNode } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/index.ts';

const term = (
  value: string,
  exact: boolean,
  extra: Partial<QueryNode & { type: 'term' }> = {},
): QueryNode => ({
  type: 'term',
  value,
  exact,
  prefix: false,
  field: null,
  ...extra,
});

describe('parseQuery: words and the diacritics rule', () => {
  it('returns null for an empty or blank query, or one with no letters', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('& —')).toBeNull();
  });

  it('marks a word typed with diacritics exact (lower-cased, NFC, tone marks normalised)', () => {
    expect(parseQuery('Biển')).toEqual(term('biển', true));
    expect(parseQuery('THUỶ'.normalize('NFD'))).toEqual(term('thủy', true));
    expect(parseQuery('Đông')).toEqual(term('đông', true));
  });

  it('folds a word typed without diacritics', () => {
    expect(parseQuery('Bien')).toEqual(term('bien', false));
  });

  it('joins bare words with an implicit AND', () => {
    expect(parseQuery('biển đảo Quang')).toEqual({
      type: 'and',
      children: [term('biển', true), term('đảo', true), term('quang', false)],
    });
  });

  it('turns a word with inner punctuation into a phrase', () => {
    expect(parseQuery('Quảng-Trị')).toEqual({
      type: 'phrase',
      words: ['quảng', 'trị'],
      exact: true,
      field: null,
    });
    expect(parseQuery('COVID-19')).toEqual({
      type: 'phrase',
      words: ['covid', '19'],
      exact: false,
      field: null,
    });
  });

  it('parses quoted phrases; a phrase is exact when any word has diacritics', () => {
    expect(parseQuery('"Lao Bảo"')).toEqual({
      type: 'phrase',
      words: ['lao', 'bảo'],
      exact: true,
      field: null,
    });
    expect(parseQuery('"Lao Bao"')).toEqual({
      type: 'phrase',
      words: ['lao', 'bao'],
      exact: false,
      field: null,
    });
    expect(parseQuery('"biển"')).toEqual(term('biển', true));
    expect(parseQuery('""')).toBeNull();
  });

  it('parses a suffix wildcard as a prefix term', () => {
    expect(parseQuery('biể*')).toEqual(term('biể', true, { prefix: true }));
    expect(parseQuery('invest*')).toEqual(term('invest', false, { prefix: true }));
  });

  it('treats lower-case and/or/not as words', () => {
    expect(parseQuery('rock and roll')).toEqual({
      type: 'and',
      children: [term('rock', false), term('and', false), term('roll', false)],
    });
  });
});

describe('parseQuery: operators', () => {
  const a = term('a', false);
  const b = term('b', false);
  const c = term('c', false);

  it('gives NOT precedence over AND, and AND over OR', () => {
    expect(parseQuery('a OR b AND NOT c')).toEqual({
      type: 'or',
      children: [a, { type: 'and', children: [b, { type: 'not', child: c }] }],
    });
    expect(parseQuery('a b OR c')).toEqual({ type: 'or', children: [{ type: 'and', children: [a, b] }, c] });
  });

  it('groups with parentheses', () => {
    expect(parseQuery('a AND (b OR c)')).toEqual({
      type: 'and',
      children: [a, { type: 'or', children: [b, c] }],
    });
  });

  it('flattens chains of the same operator', () => {
    expect(parseQuery('a OR b OR c')).toEqual({ type: 'or', children: [a, b, c] });
    expect(parseQuery('a AND (b AND c)')).toEqual({ type: 'and', children: [a, b, c] });
  });

  it('reads -term, -"phrase" and -(group) as NOT', () => {
    expect(parseQuery('a -b')).toEqual({ type: 'and', children: [a, { type: 'not', child: b }] });
    expect(parseQuery('a -"b c"')).toEqual({
      type: 'and',
      children: [a, { type: 'not', child: { type: 'phrase', words: ['b', 'c'], exact: false, field: null } }],
    });
    expect(parseQuery('-(a OR b)')).toEqual({ type: 'not', child: { type: 'or', children: [a, b] } });
  });

  it('keeps a lone hyphen and inner hyphens out of negation', () => {
    expect(parseQuery('a - b')).toEqual({ type: 'and', children: [a, b] });
  });
});

describe('parseQuery: fields', () => {
  it('scopes terms and phrases to title: or text:', () => {
    expect(parseQuery('title:biển')).toEqual(term('biển', true, { field: 'title' }));
    expect(parseQuery('text:"biên giới"')).toEqual({
      type: 'phrase',
      words: ['biên', 'giới'],
      exact: true,
      field: 'text',
    });
    expect(parseQuery('TITLE:inv*')).toEqual(term('inv', false, { field: 'title', prefix: true }));
  });

  it('scopes a whole group', () => {
    expect(parseQuery('title:(a OR -b)')).toEqual({
      type: 'or',
      children: [
        term('a', false, { field: 'title' }),
        { type: 'not', child: term('b', false, { field: 'title' }) },
      ],
    });
  });

  it('parses meta scopes; lang and country lower-cased', () => {
    expect(parseQuery('source:"Tuổi Trẻ" lang:VI country:vn topic:border')).toEqual({
      type: 'and',
      children: [
        { type: 'meta', field: 'source', value: 'Tuổi Trẻ' },
        { type: 'meta', field: 'lang', value: 'vi' },
        { type: 'meta', field: 'country', value: 'vn' },
        { type: 'meta', field: 'topic', value: 'border' },
      ],
    });
    expect(parseQuery('-source:vnexpress')).toEqual({
      type: 'not',
      child: { type: 'meta', field: 'source', value: 'vnexpress' },
    });
  });

  it('reads an unknown prefix with a colon as a plain word', () => {
    expect(parseQuery('10:30')).toEqual({ type: 'phrase', words: ['10', '30'], exact: false, field: null });
  });
});
