// Small AST helpers used by the parser: canonical and/or nodes and field scoping of a group.
import type { FieldScope, QueryNode } from '@presswatch/domain';

/** Drops empty operands, flattens nested nodes of the same kind, unwraps a single child. */
export function combine(type: 'and' | 'or', operands: (QueryNode | null)[]): QueryNode | null {
  const children: QueryNode[] = [];
  for (const operand of operands) {
    if (!operand) continue;
    if (operand.type === type) children.push(...operand.children);
    else children.push(operand);
  }
  if (children.length === 0) return null;
  if (children.length === 1) return children[0]!;
  return { type, children };
}

/** `title:(a OR "b c")`: every term and phrase inside takes the scope. */
export function scopeTo(node: QueryNode | null, field: FieldScope): QueryNode | null {
  if (!node) return null;
  switch (node.type) {
    case 'term':
    case 'phrase':
      return { ...node, field };
    case 'near':
      return { ...node, field, operands: node.operands.map((operand) => ({ ...operand, field })) };
    case 'not':
      return { type: 'not', child: scopeTo(node.child, field)! };
    case 'and':
    case 'or':
      return { type: node.type, children: node.children.map((child) => scopeTo(child, field)!) };
    case 'meta':
      // `title:(biển source:vnexpress)`: the scope concerns text; meta filters stay as they are.
      return node;
  }
}
