// Recursive-descent parser for the analysts' query language. Precedence: NEAR > NOT > AND > OR;
// juxtaposed operands are an implicit AND. NEAR binds its neighbours before NOT applies, so
// `-a NEAR/3 b` is NOT (a NEAR/3 b); its operands must turn out terms or phrases (near.ts).
//
//   query   := or EOF
//   or      := and ( 'OR' and )*
//   and     := unary ( 'AND'? unary )*
//   unary   := ( 'NOT' | '-' ) unary | near
//   near    := primary ( 'NEAR/n' primary )*        (one n per chain)
//   primary := '(' or ')' | word | phrase | textField ( word | phrase | '(' or ')' )
//            | metaField ( word | phrase )
import type { FieldScope, MetaField, QueryNode } from '@presswatch/domain';
import { QuerySyntaxError } from '@presswatch/domain';
import { lex, TEXT_FIELDS, type Token } from './lexer.ts';
import { nearNode, type ParsedOperand } from './near.ts';
import { combine, scopeTo } from './tree.ts';
import { metaNode, phraseNode, wordNode } from './words.ts';

/** Parses a query; null when it holds nothing to search for. Throws QuerySyntaxError. */
export function parseQuery(input: string): QueryNode | null {
  const parser = new Parser(lex(input));
  return parser.parse();
}

const OPERAND_START = new Set<Token['kind']>(['lparen', 'word', 'phrase', 'field', 'not', 'minus']);

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    if (this.tokens.length === 0) return null;
    this.expectOperand(null);
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) throw new QuerySyntaxError('unbalanced parenthesis', extra.column);
    return node;
  }

  private parseOr(): QueryNode | null {
    const children = [this.parseAnd()];
    for (let op = this.peek(); op?.kind === 'or'; op = this.peek()) {
      this.pos++;
      this.expectOperand(op);
      children.push(this.parseAnd());
    }
    return combine('or', children);
  }

  private parseAnd(): QueryNode | null {
    const children = [this.parseUnary()];
    for (let next = this.peek(); next && (next.kind === 'and' || OPERAND_START.has(next.kind)); ) {
      if (next.kind === 'and') {
        this.pos++;
        this.expectOperand(next);
      }
      children.push(this.parseUnary());
      next = this.peek();
    }
    return combine('and', children);
  }

  private parseUnary(): QueryNode | null {
    const op = this.peek()!;
    if (op.kind !== 'not' && op.kind !== 'minus') return this.parseNear();
    this.pos++;
    this.expectOperand(op);
    const child = this.parseUnary();
    return child && { type: 'not', child };
  }

  private parseNear(): QueryNode | null {
    const first: ParsedOperand = { column: this.peek()!.column, node: this.parsePrimary() };
    let op = this.peek();
    if (op?.kind !== 'near') return first.node;
    const distance = op.distance;
    const operands = [first];
    for (; op?.kind === 'near'; op = this.peek()) {
      if (op.distance !== distance) {
        throw new QuerySyntaxError(
          `a NEAR chain takes one distance, not NEAR/${distance} and ${op.text}`,
          op.column,
        );
      }
      this.pos++;
      this.expectOperand(op);
      const next = this.peek()!;
      if (next.kind === 'not' || next.kind === 'minus') {
        throw new QuerySyntaxError(
          'NEAR joins words and phrases: put NOT before the whole NEAR group',
          next.column,
        );
      }
      operands.push({ column: next.column, node: this.parsePrimary() });
    }
    return nearNode(operands, distance);
  }

  private parsePrimary(): QueryNode | null {
    const token = this.tokens[this.pos++]!;
    switch (token.kind) {
      case 'lparen':
        return this.parseGroup(token);
      case 'word':
        return wordNode(token.text, token.column, null);
      case 'phrase':
        return phraseNode(token.text, null);
      case 'field':
        return this.parseField(token);
      default:
        // expectOperand() has checked the token; this is only reached on a parser bug.
        throw new QuerySyntaxError(`unexpected ${token.kind}`, token.column);
    }
  }

  private parseGroup(open: Token): QueryNode | null {
    this.expectOperand(open);
    const inner = this.parseOr();
    if (this.peek()?.kind !== 'rparen') throw new QuerySyntaxError('unbalanced parenthesis', open.column);
    this.pos++;
    return inner;
  }

  private parseField(field: Extract<Token, { kind: 'field' }>): QueryNode | null {
    const value = this.tokens[this.pos++];
    const isText = (TEXT_FIELDS as readonly string[]).includes(field.name);
    if (isText && value?.kind === 'lparen') return scopeTo(this.parseGroup(value), field.name as FieldScope);
    if (value?.kind !== 'word' && value?.kind !== 'phrase') {
      throw new QuerySyntaxError(`empty value for ${field.name}:`, field.column);
    }
    if (!isText) return metaNode(field.name as MetaField, value.text, field.column);
    const scope = field.name as FieldScope;
    return value.kind === 'word' ? wordNode(value.text, value.column, scope) : phraseNode(value.text, scope);
  }

  /**
   * The next token must start an operand. Otherwise the error points at the operator left
   * without one (`a AND`, `NOT`, `()`), or at the stray token when nothing precedes it (`OR a`).
   */
  private expectOperand(after: Token | null): void {
    const next = this.peek();
    if (next && OPERAND_START.has(next.kind)) return;
    if (after?.kind === 'lparen') throw new QuerySyntaxError('empty parentheses', after.column);
    if (after) throw new QuerySyntaxError(`${describe(after)} needs a term after it`, after.column);
    if (next?.kind === 'rparen') throw new QuerySyntaxError('unbalanced parenthesis', next.column);
    throw new QuerySyntaxError(`${describe(next!)} needs a term before it`, next!.column);
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
}

function describe(token: Token): string {
  return 'text' in token ? token.text : token.kind === 'minus' ? '-' : token.kind;
}
