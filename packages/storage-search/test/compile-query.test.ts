// The query-language compiler on its own: parsed queries become engine DSL objects with the
// diacritics rule (exact vs folded fields), field scopes, prefixes, NEAR spans and meta filters.
import type { NearOperand, QueryNode } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { describe, expect, it } from 'vitest';
import { compileQuery, toDsl } from '../src/query/compile-query.ts';
import type { NearNode } from '../src/query/text-query.ts';

const dsl = (query: string) => toDsl(parseQuery(query)!);
const phraseOn = (field: string, query: string) => ({ match_phrase: { [field]: { query } } });
const boosted = (query: object) => ({ bool: { must: [query], boost: 10 } });
const either = (...clauses: object[]) => ({ bool: { should: clauses, minimum_should_match: 1 } });

describe('compileQuery: text by the diacritics rule', () => {
  it('sends a word typed with diacritics to the exact fields, title boosted', () => {
    expect(dsl('Biển')).toEqual(either(boosted(phraseOn('title', 'biển')), phraseOn('text', 'biển')));
  });

  it('sends a word typed without diacritics to the folded sub-fields', () => {
    expect(dsl('bien')).toEqual(
      either(boosted(phraseOn('title.folded', 'bien')), phraseOn('text.folded', 'bien')),
    );
  });

  it('puts values in index form: NFC and one tone-mark style', () => {
    expect(dsl('text:thuỷ'.normalize('NFD'))).toEqual(phraseOn('text', 'thủy'));
  });

  it('scopes phrases to one field and keeps them exact when any word has diacritics', () => {
    expect(dsl('title:"Lao Bảo"')).toEqual(boosted(phraseOn('title', 'lao bảo')));
    expect(dsl('text:"bien gioi"')).toEqual(phraseOn('text.folded', 'bien gioi'));
  });

  it('turns a suffix wildcard into prefix queries, not analysed, in index form', () => {
    expect(dsl('title:biể*')).toEqual(boosted({ prefix: { title: { value: 'biể' } } }));
    expect(dsl('text:Bie*')).toEqual({ prefix: { 'text.folded': { value: 'bie' } } });
  });

  it('builds a span phrase when a wildcard term holds several tokens', () => {
    const node: QueryNode = { type: 'term', value: 'covid-1', exact: false, prefix: true, field: 'text' };
    expect(toDsl(node)).toEqual({
      span_near: {
        clauses: [
          { span_term: { 'text.folded': 'covid' } },
          { span_multi: { match: { prefix: { 'text.folded': { value: '1' } } } } },
        ],
        slop: 0,
        in_order: true,
      },
    });
  });
});

describe('compileQuery: operators and meta', () => {
  it('compiles AND with NOT children to must / must_not, and a lone NOT to must_not only', () => {
    const query = dsl('text:bien -text:biển');
    expect(query).toEqual({
      bool: { must: [phraseOn('text.folded', 'bien')], must_not: [phraseOn('text', 'biển')] },
    });
    expect(dsl('NOT text:bien')).toEqual({ bool: { must_not: [phraseOn('text.folded', 'bien')] } });
  });

  it('compiles OR to should with at least one match', () => {
    expect(dsl('text:a OR text:b')).toEqual(
      either(phraseOn('text.folded', 'a'), phraseOn('text.folded', 'b')),
    );
  });

  it('makes meta nodes score-free filters; source: matches the id or the name key', () => {
    expect(dsl('lang:EN')).toEqual({ constant_score: { filter: { term: { language: 'en' } }, boost: 0 } });
    expect(dsl('source:"Tuổi Trẻ"')).toEqual({
      constant_score: {
        filter: either({ term: { source_key: 'tuổi trẻ' } }, { term: { source_name_key: 'tuổi trẻ' } }),
        boost: 0,
      },
    });
    expect(dsl('topic:sea')).toEqual({ constant_score: { filter: { term: { topics: 'sea' } }, boost: 0 } });
  });
});

describe('compileQuery: NEAR', () => {
  const term = (value: string, exact: boolean): NearOperand => ({
    type: 'term',
    value,
    exact,
    prefix: false,
    field: null,
  });

  it('compiles to span_near, any order, slop = distance, per field', () => {
    const near: NearNode = {
      type: 'near',
      operands: [term('biển', true), term('đảo', true)],
      distance: 3,
      field: 'text',
    };
    expect(toDsl(near)).toEqual({
      span_near: {
        clauses: [{ span_term: { text: 'biển' } }, { span_term: { text: 'đảo' } }],
        slop: 3,
        in_order: false,
      },
    });
  });

  it('matches every operand folded when any operand is folded; phrases become ordered spans', () => {
    const phrase: NearOperand = { type: 'phrase', words: ['Quảng', 'Trị'], exact: true, field: null };
    const near: NearNode = {
      type: 'near',
      operands: [term('bien', false), phrase],
      distance: 5,
      field: 'title',
    };
    expect(toDsl(near)).toEqual(
      boosted({
        span_near: {
          clauses: [
            { span_term: { 'title.folded': 'bien' } },
            {
              span_near: {
                clauses: [
                  { span_term: { 'title.folded': 'quang' } },
                  { span_term: { 'title.folded': 'tri' } },
                ],
                slop: 0,
                in_order: true,
              },
            },
          ],
          slop: 5,
          in_order: false,
        },
      }),
    );
  });
});

describe('compileQuery: the text parts highlights mark', () => {
  it('lists the positive pure-text groups as the SQLite adapter does', () => {
    const query = parseQuery('source:tuoitre (bien OR dao) -lao')!;
    const { texts } = compileQuery(query);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ type: 'and' });
    expect(compileQuery(parseQuery('NOT bien')!).texts).toEqual([]);
    expect(compileQuery(parseQuery('lang:vi')!).texts).toEqual([]);
  });
});
