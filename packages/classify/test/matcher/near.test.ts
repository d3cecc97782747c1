// NEAR(…, N) in the matcher, with the cases of the SQLite FTS5 documentation (checked against
// SQLite 3.53): every instance must end at most N tokens before the latest-starting one.
import type { NearOperand, QueryNode } from '@presswatch/domain';
import { analyseDocument, compileMatcher } from '@presswatch/query';
import { describe, expect, it } from 'vitest';

const folded = (value: string): NearOperand =>
  value.includes(' ')
    ? { type: 'phrase', words: value.split(' '), exact: false, field: null }
    : { type: 'term', value, exact: false, prefix: false, field: null };

const near = (operands: string[], distance: number, field: 'title' | 'text' | null = null) =>
  ({ type: 'near', operands: operands.map(folded), distance, field }) as unknown as QueryNode;

const doc = analyseDocument({ title: 'p q', text: 'A B C D x x x E F x' });
const matches = (node: QueryNode) => compileMatcher(node)(doc).matched;

describe('NEAR', () => {
  it.each([
    [['e', 'd'], 4, true],
    [['e', 'd'], 3, true],
    [['e', 'd'], 2, false],
    [['c d', 'e f'], 3, true],
    [['c', 'e f'], 3, false],
    [['a', 'd', 'e'], 6, true],
    [['a', 'd', 'e'], 5, false],
    [['a b c d', 'b c', 'e f'], 4, true],
    [['a b c d', 'b c', 'e f'], 3, false],
    [['a', 'a'], 0, true],
    [['c', 'b'], 0, true],
    [['a', 'b c', 'd'], 0, false],
  ] as const)('NEAR(%j, %i) → %s', (operands, distance, expected) => {
    expect(matches(near([...operands], distance))).toBe(expected);
  });

  it('needs every operand in the same field', () => {
    expect(matches(near(['p', 'a'], 10))).toBe(false);
    expect(matches(near(['p', 'q'], 0, 'title'))).toBe(true);
    expect(matches(near(['p', 'q'], 0, 'text'))).toBe(false);
  });

  it('matches mixed exact and folded operands on the folded form', () => {
    const vietnamese = analyseDocument({ title: '', text: 'Biển Đông và quần đảo Hoàng Sa' });
    const mixed = {
      type: 'near',
      operands: [
        { type: 'term', value: 'biển', exact: true, prefix: false, field: null },
        { type: 'phrase', words: ['hoang', 'sa'], exact: false, field: null },
      ],
      distance: 4,
      field: null,
    } as unknown as QueryNode;
    expect(compileMatcher(mixed)(vietnamese)).toEqual({
      matched: true,
      hits: [
        { field: 'text', start: 0, end: 1 },
        { field: 'text', start: 5, end: 7 },
      ],
    });
  });
});
