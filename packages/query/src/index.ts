export { lex, type Token } from './lexer.ts';
export { parseQuery } from './parser.ts';
