// The extractor works on htmlparser2's DOM (domhandler nodes) directly: parsing is most of the
// cost of reading a page, and a selector engine or a wrapper on top would cost as much again.
import { type AnyNode, type ChildNode, type Document, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { AnyNode, Document, Element };
export { isTag, isText };

/**
 * Deeper than this, markup is broken (thousands of unclosed <div> or <font>), not structure: what
 * is below is flattened into the element at this depth (shallow boxes such as paragraphs kept
 * whole, wrappers dropped), so no walk can overflow the stack.
 */
const MAX_DEPTH = 200;

export function parseHtml(html: string): Document {
  const doc = parseDocument(html);
  capDepth(doc);
  return doc;
}

function capDepth(doc: Document): void {
  const stack: [Element | Document, number][] = [[doc, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH && isTag(node)) {
      flattenInto(node);
      continue;
    }
    for (const child of node.children) if (isTag(child)) stack.push([child, depth + 1]);
  }
}

const SHALLOW = 3;

/** Replaces an element's subtree by its text and shallow elements, in order. */
function flattenInto(el: Element): void {
  const kept: ChildNode[] = [];
  const stack: ChildNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node) || (isTag(node) && isShallow(node, SHALLOW))) kept.push(node);
    else if (isTag(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  kept.forEach((node, i) => {
    node.parent = el;
    node.prev = kept[i - 1] ?? null;
    node.next = kept[i + 1] ?? null;
  });
  el.children = kept;
}

function isShallow(el: Element, levels: number): boolean {
  if (levels === 0) return el.children.every((c) => !isTag(c));
  return el.children.every((c) => !isTag(c) || isShallow(c, levels - 1));
}

export function attr(el: Element, name: string): string | null {
  return el.attribs[name] ?? null;
}

/** Element children only. */
export function childElements(el: Element | Document): Element[] {
  const out: Element[] = [];
  for (const child of el.children) if (isTag(child)) out.push(child);
  return out;
}

/** Every element under root in document order (root excluded), skipping subtrees `skip` refuses. */
export function descendants(root: Element | Document, skip?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (skip?.(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** Calls fn for every element under root in document order (root excluded). */
export function forEachElement(root: Element | Document, fn: (el: Element) => void): void {
  const visit = (children: AnyNode[]) => {
    for (const child of children) {
      if (!isTag(child)) continue;
      fn(child);
      if (child.children.length > 0) visit(child.children);
    }
  };
  visit(root.children);
}

/** Raw text of a subtree, markup dropped, white space as in the source. */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) && node.type !== 'root') return '';
  let out = '';
  for (const child of (node as Element).children) out += rawText(child);
  return out;
}

/** Collapses runs of white space (no-break and zero-width spaces included) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u200b\u2060\ufeff]+/g, ' ').trim();
}

/** The class and id of an element, lower-cased, for name-based heuristics. */
export function namesOf(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

export function removeNode(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const index = parent.children.indexOf(node as never);
  if (index >= 0) parent.children.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Ancestors of a node, nearest first, up to (not including) the document. */
export function ancestors(node: AnyNode): Element[] {
  const out: Element[] = [];
  let current = node.parent;
  while (current && isTag(current)) {
    out.push(current);
    current = current.parent;
  }
  return out;
}
