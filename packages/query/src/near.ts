// The NEAR group of the parser: `a NEAR/n b NEAR/n c` → one `near` node, with its operands checked
// (terms and phrases only, one field). Errors name the column of the operand at fault.
import type { FieldScope, NearOperand, QueryNode } from '@presswatch/domain';
import { QuerySyntaxError } from '@presswatch/domain';

/** An operand as parsed, with the column where it starts (for errors). */
export interface ParsedOperand {
  node: QueryNode | null;
  column: number;
}

/** The near node of a chain; throws when an operand is not a word or phrase or fields disagree. */
export function nearNode(parsed: readonly ParsedOperand[], distance: number): QueryNode {
  const operands = parsed.map(asOperand);
  const field = sharedField(parsed, operands);
  return { type: 'near', operands: operands.map((operand) => ({ ...operand, field })), distance, field };
}

function asOperand({ node, column }: ParsedOperand): NearOperand {
  if (node === null) throw new QuerySyntaxError('NEAR needs a word or a phrase here', column);
  if (node.type === 'term' || node.type === 'phrase') return node;
  throw new QuerySyntaxError(`NEAR joins words and phrases, not ${describeNode(node)}`, column);
}

/**
 * The field of the group: the scope written on any operand (`title:biển NEAR/3 đảo` looks in
 * titles only), or null when none has one. Two different scopes could never match: an error.
 */
function sharedField(parsed: readonly ParsedOperand[], operands: readonly NearOperand[]): FieldScope | null {
  let field: FieldScope | null = null;
  operands.forEach((operand, i) => {
    if (operand.field === null || operand.field === field) return;
    if (field !== null) {
      throw new QuerySyntaxError(
        `NEAR operands must be in one field, not ${field}: and ${operand.field}:`,
        parsed[i]!.column,
      );
    }
    field = operand.field;
  });
  return field;
}

function describeNode(node: QueryNode): string {
  switch (node.type) {
    case 'or':
      return 'an OR group';
    case 'and':
      return 'an AND group';
    case 'not':
      return 'a negation (put NOT before the whole NEAR group)';
    case 'near':
      return 'a NEAR group in parentheses (chain them instead: a NEAR/3 b NEAR/3 c)';
    case 'meta':
      return `a ${node.field}: filter`;
    default:
      return node.type;
  }
}
