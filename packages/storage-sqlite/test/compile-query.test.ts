import { parseQuery } from '@presswatch/query';
import { describe, expect, it } from 'vitest';
import { compileQuery } from '../src/search/compile-query.ts';

const compile = (query: string) => compileQuery(parseQuery(query)!);

describe('compileQuery', () => {
  it('turns a pure-text query into one MATCH bound as a parameter', () => {
    const { where, scoring } = compile('biển bien title:"Lao Bảo" inv*');
    expect(where.sql).toBe('i.seq IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)');
    expect(where.params).toEqual([
      '({title text} : "biển") AND ({title_folded text_folded} : "bien") AND (title : "lao bảo") AND ' +
        '({title_folded text_folded} : "inv" *)',
    ]);
    expect(scoring).toBe(`(${where.params[0]})`);
  });

  it('keeps NOT inside the MATCH when there is a positive word, and outside when alone', () => {
    expect(compile('a -b').where.params).toEqual([
      '(({title_folded text_folded} : "a")) NOT (({title_folded text_folded} : "b"))',
    ]);
    const alone = compile('-b');
    expect(alone.where.sql).toBe('NOT (i.seq IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?))');
    expect(alone.scoring).toBeNull();
  });

  it('compiles meta and mixed subtrees to SQL with every value as a parameter', () => {
    const { where, scoring } = compile(`(a OR source:"x') OR 1=1 --") lang:vi -topic:border`);
    expect(where.sql).not.toContain('1=1');
    expect(where.params).toContain(`x') OR 1=1 --`);
    expect(where.params).toContain('vi');
    expect(where.params).toContain('border');
    expect(scoring).toBe('({title_folded text_folded} : "a")');
  });
});
