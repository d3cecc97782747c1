import { QuerySyntaxError } from '@presswatch/domain';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../src/index.ts';

function columnOf(input: string): number {
  try {
    parseQuery(input);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return (error as QuerySyntaxError).column;
  }
  throw new Error(`expected ${JSON.stringify(input)} to fail`);
}

describe('parseQuery: syntax errors point at a 1-based column', () => {
  it.each([
    ['(biển OR đảo', 1, 'unclosed parenthesis'],
    ['a AND (b OR (c)', 7, 'the unclosed one of two'],
    ['biển)', 5, 'stray closing parenthesis'],
    [')', 1, 'closing parenthesis first'],
    ['a "biển đảo', 3, 'unterminated quote'],
    ['a AND', 3, 'AND at the end'],
    ['a OR', 3, 'OR at the end'],
    ['OR a', 1, 'OR at the start'],
    ['a AND OR b', 3, 'AND followed by OR'],
    ['NOT', 1, 'NOT alone'],
    ['a (b NOT)', 6, 'NOT before a closing parenthesis'],
    ['a ()', 3, 'empty parentheses'],
    ['title: biển', 1, 'field with a space before its value'],
    ['a source:', 3, 'field at the end'],
    ['source:""', 1, 'field with an empty phrase'],
    ['(title:)', 2, 'field before a closing parenthesis'],
    ['* a', 1, 'wildcard without a word'],
    ['a NEAR b', 3, 'NEAR without a distance'],
    ['a NEAR/ b', 3, 'NEAR/ without a number'],
    ['a NEAR/x b', 3, 'NEAR/ with a word for the number'],
    ['a NEAR/-2 b', 3, 'NEAR/ with a negative number'],
    ['a NEAR/1001 b', 3, 'NEAR/ beyond the largest distance'],
    ['NEAR/3 a', 1, 'NEAR at the start'],
    ['a NEAR/3', 3, 'NEAR at the end'],
    ['a NEAR/3 OR b', 3, 'NEAR followed by OR'],
    ['(a NEAR/3) b', 4, 'NEAR before a closing parenthesis'],
    ['x (a OR b) NEAR/3 c', 3, 'a parenthesised OR as an operand'],
    ['a NEAR/3 (b c)', 10, 'a parenthesised AND as an operand'],
    ['a NEAR/3 -b', 10, 'a negated operand'],
    ['a NEAR/3 NOT b', 10, 'a NOT operand'],
    ['lang:vi NEAR/3 a', 1, 'a meta filter as an operand'],
    ['a NEAR/3 & b', 10, 'an operand without letters'],
    ['a NEAR/2 b NEAR/3 c', 12, 'a chain with two distances'],
    ['title:a NEAR/3 text:b', 16, 'operands scoped to two fields'],
    ['a NEAR/3 (b NEAR/3 c)', 10, 'a nested NEAR group'],
  ])('%s → column %i (%s)', (input, column) => {
    expect(columnOf(input)).toBe(column);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(columnOf('𝕏 biển AND')).toBe(8);
  });

  it('says what is wrong with a NEAR operand', () => {
    expect(() => parseQuery('(a OR b) NEAR/3 c')).toThrow(
      /NEAR joins words and phrases, not an OR group \(column 1\)/,
    );
    expect(() => parseQuery('a NEAR/ b')).toThrow(/NEAR\/ needs a number/);
  });

  it('puts the column in the message', () => {
    expect(() => parseQuery('a AND')).toThrow(/column 3/);
  });
});
