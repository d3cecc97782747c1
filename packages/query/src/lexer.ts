// Splits a query into tokens with 1-based columns (counted in code points, as the analyst sees
// them). Operators are recognised here from a keyword table; `NEAR/n` is read as one word and
// becomes a `near` token holding n.
import { QuerySyntaxError } from '@presswatch/domain';

export const TEXT_FIELDS = ['title', 'text'] as const;
export const META_FIELDS = ['source', 'lang', 'country', 'topic'] as const;
export type FieldName = (typeof TEXT_FIELDS)[number] | (typeof META_FIELDS)[number];

export type OperatorKind = 'and' | 'or' | 'not';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'minus'; column: number }
  | { kind: OperatorKind; column: number; text: string }
  | { kind: 'near'; column: number; text: string; distance: number }
  | { kind: 'field'; column: number; name: FieldName }
  | { kind: 'word' | 'phrase'; column: number; text: string };

/** Upper-case only: `and`, `or`, `not` typed in lower case are ordinary words. */
const OPERATOR_KEYWORDS: Record<string, OperatorKind> = { AND: 'and', OR: 'or', NOT: 'not' };

const FIELD_NAMES = new Set<string>([...TEXT_FIELDS, ...META_FIELDS]);

/** Upper-case `NEAR`, alone or with anything after a slash: the proximity operator. */
const NEAR_WORD = /^NEAR(?:\/(.*))?$/u;

/** The largest distance accepted (FTS5 takes any; a larger one would mean "anywhere in the field"). */
export const MAX_NEAR_DISTANCE = 1000;

/** Characters that end a bare word. */
const isWordEnd = (ch: string | undefined) => ch === undefined || /[\s()"]/u.test(ch);

const startsOperand = (ch: string | undefined) => ch !== undefined && !/[\s)]/u.test(ch);

export function lex(input: string): Token[] {
  const chars = Array.from(input);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    const column = i + 1;
    if (/\s/u.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', column });
      i++;
    } else if (ch === '"') {
      i = readPhrase(chars, i, tokens);
    } else if (ch === '-' && startsOperand(chars[i + 1])) {
      // `-term`, `-"phrase"`, `-(group)`: a glued minus negates; a lone ` - ` is punctuation.
      tokens.push({ kind: 'minus', column });
      i++;
    } else {
      i = readWord(chars, i, tokens);
    }
  }
  return tokens;
}

function readPhrase(chars: string[], start: number, tokens: Token[]): number {
  const close = chars.indexOf('"', start + 1);
  if (close < 0) throw new QuerySyntaxError('unterminated quote', start + 1);
  tokens.push({ kind: 'phrase', column: start + 1, text: chars.slice(start + 1, close).join('') });
  return close + 1;
}

function readWord(chars: string[], start: number, tokens: Token[]): number {
  let end = start;
  while (!isWordEnd(chars[end])) end++;
  const text = chars.slice(start, end).join('');
  const column = start + 1;
  const operator = OPERATOR_KEYWORDS[text];
  if (operator) {
    tokens.push({ kind: operator, column, text });
    return end;
  }
  const near = NEAR_WORD.exec(text);
  if (near) {
    tokens.push({ kind: 'near', column, text, distance: nearDistance(near[1], column) });
    return end;
  }
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  if (!FIELD_NAMES.has(name)) {
    tokens.push({ kind: 'word', column, text });
    return end;
  }
  tokens.push({ kind: 'field', column, name: name as FieldName });
  const rest = text.slice(colon + 1);
  if (rest) {
    tokens.push({ kind: 'word', column: column + Array.from(text.slice(0, colon + 1)).length, text: rest });
  } else if (chars[end] !== '"' && chars[end] !== '(') {
    // `title:` followed by a space, `)` or the end: the value is missing.
    throw new QuerySyntaxError(`empty value for ${name}:`, column);
  }
  return end;
}

/** n of `NEAR/n`: a whole number from 0 to MAX_NEAR_DISTANCE. */
function nearDistance(written: string | undefined, column: number): number {
  if (written === undefined) throw new QuerySyntaxError('NEAR needs a distance: NEAR/5', column);
  if (written === '') throw new QuerySyntaxError('NEAR/ needs a number after the slash: NEAR/5', column);
  if (!/^[0-9]+$/u.test(written)) {
    throw new QuerySyntaxError(
      `NEAR/ needs a number of words after the slash (NEAR/5), not "${written}"`,
      column,
    );
  }
  const distance = Number(written);
  if (distance > MAX_NEAR_DISTANCE) {
    throw new QuerySyntaxError(`NEAR/${written}: the distance can be at most ${MAX_NEAR_DISTANCE}`, column);
  }
  return distance;
}
