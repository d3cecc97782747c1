import type { NearOperand, QueryNode } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/index.ts';

const term = (value: string, exact = false, field: 'title' | 'text' | null = null): NearOperand => ({
  type: 'term',
  value,
  exact,
  prefix: false,
  field,
});

const near = (
  operands: NearOperand[],
  distance: number,
  field: 'title' | 'text' | null = null,
): QueryNode => ({
  type: 'near',
  operands,
  distance,
  field,
});

describe('parseQuery: NEAR/n', () => {
  it('joins two words', () => {
    expect(parseQuery('bien NEAR/5 dao')).toEqual(near([term('bien'), term('dao')], 5));
  });

  it('takes phrases, exact words and wildcards as operands', () => {
    expect(parseQuery('"Lao Bảo" NEAR/3 cửa*')).toEqual(
      near(
        [
          { type: 'phrase', words: ['lao', 'bảo'], exact: true, field: null },
          { type: 'term', value: 'cửa', exact: true, prefix: true, field: null },
        ],
        3,
      ),
    );
  });

  it('reads a chain with one distance as one group', () => {
    expect(parseQuery('a NEAR/2 b NEAR/2 c')).toEqual(near([term('a'), term('b'), term('c')], 2));
  });

  it('binds tighter than AND, OR and NOT', () => {
    expect(parseQuery('x a NEAR/0 b OR c')).toEqual({
      type: 'or',
      children: [{ type: 'and', children: [term('x'), near([term('a'), term('b')], 0)] }, term('c')],
    });
    expect(parseQuery('-a NEAR/1 b')).toEqual({ type: 'not', child: near([term('a'), term('b')], 1) });
  });

  it('scopes the whole group with title:( … ) or through one operand', () => {
    const scoped = near([term('biển', true, 'title'), term('đảo', true, 'title')], 3, 'title');
    expect(parseQuery('title:(biển NEAR/3 đảo)')).toEqual(scoped);
    expect(parseQuery('title:biển NEAR/3 đảo')).toEqual(scoped);
  });

  it('accepts a parenthesised single word as an operand', () => {
    expect(parseQuery('(a) NEAR/4 b')).toEqual(near([term('a'), term('b')], 4));
  });

  it('segments Chinese operands into bigram phrases', () => {
    expect(parseQuery('西沙群岛 NEAR/2 南海')).toEqual(
      near([{ type: 'phrase', words: ['西沙', '沙群', '群岛'], exact: false, field: null }, term('南海')], 2),
    );
  });

  it('leaves lower-case near an ordinary word', () => {
    expect(parseQuery('near')).toEqual(term('near'));
  });
});
