export * from './highlight/index.ts';
export { lex, type Token } from './lexer.ts';
export * from './matcher/index.ts';
export { parseQuery } from './parser.ts';
