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
  ])('%s → column %i (%s)', (input, column) => {
    expect(columnOf(input)).toBe(column);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(columnOf('𝕏 biển AND')).toBe(8);
  });

  it('puts the column in the message', () => {
    expect(() => parseQuery('a AND')).toThrow(/column 3/);
  });
});
