// Cuts a document into runs: the stretches of inline text between block edges, in page order,
// each tied to its nearest block element. Every element visited gets the range of run indices it
// holds, so "how much good text is under this element" is a subtraction of prefix sums.
import { Element as ElementNode } from 'domhandler';
import { type AnyNode, type Document, type Element, isTag, isText } from '../dom.ts';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export interface Run {
  /** Text with white space collapsed; "\n" where the source had a <br>. */
  text: string;
  /** Nearest block element. */
  block: Element;
  /** Characters of text (line breaks excluded). */
  length: number;
  /** Characters inside links. */
  linkLength: number;
  /** Text of a box judged not to be article text: counted against its containers, never shown. */
  junk: boolean;
  /** Written in a script without spaces between words (CJK, Thai, Lao, Khmer): few characters say a lot. */
  dense: boolean;
}

export interface Segmentation {
  runs: Run[];
  /** [first run, one past the last run] of every element visited. */
  ranges: Map<Element, [number, number]>;
}

/** How the segmenter treats an element: walk it, skip it silently, or skip it as junk text. */
export type ElementVerdict = 'walk' | 'skip' | 'junk';

const FRAGMENT = new ElementNode('body', {});

const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff]/;

interface Pending {
  parts: string[];
  /** Visible characters, counted as text arrives (what measureOnly runs report). */
  length: number;
  linkLength: number;
  dense: boolean;
  block: Element;
}

export interface SegmentOptions {
  /** Count characters only: runs get no text. Enough to weigh elements, and much cheaper. */
  measureOnly?: boolean;
}

/** Cuts root's subtree into runs. `judge` decides per element; 'junk' subtrees become junk runs. */
export function segment(
  root: Element | Document,
  judge: (el: Element) => ElementVerdict,
  options: SegmentOptions = {},
): Segmentation {
  const measureOnly = options.measureOnly === true;
  const runs: Run[] = [];
  const ranges = new Map<Element, [number, number]>();
  // Runs directly under a Document (an HTML fragment) hang on a stand-in block.
  const top = isTag(root) ? root : FRAGMENT;
  let pending: Pending = { parts: [], length: 0, linkLength: 0, dense: false, block: top };
  let linkDepth = 0;

  const flush = (nextBlock: Element) => {
    const text = measureOnly ? '' : joinParts(pending.parts);
    const length = measureOnly ? pending.length : text.length - countNewlines(text);
    if (length > 0) {
      runs.push({
        text,
        block: pending.block,
        length,
        linkLength: Math.min(pending.linkLength, length),
        junk: false,
        dense: pending.dense,
      });
    }
    pending = { parts: [], length: 0, linkLength: 0, dense: false, block: nextBlock };
  };

  const visit = (node: AnyNode, block: Element) => {
    if (isText(node)) {
      const visible = visibleLength(node.data);
      if (!measureOnly) pending.parts.push(node.data);
      if (visible === 0) return;
      pending.length += visible;
      if (linkDepth > 0) pending.linkLength += visible;
      if (!pending.dense && DENSE_SCRIPT.test(node.data)) pending.dense = true;
      return;
    }
    if (!isTag(node)) return;
    const verdict = judge(node);
    if (verdict === 'skip') return;
    const isBlock = BLOCK_TAGS.has(node.name);
    if (verdict === 'junk') {
      const length = visibleLength(textOf(node));
      if (length === 0) return;
      if (isBlock) flush(block);
      runs.push({ text: '', block: node, length, linkLength: 0, junk: true, dense: false });
      ranges.set(node, [runs.length - 1, runs.length]);
      return;
    }
    if (node.name === 'br') {
      pending.parts.push(BR);
      return;
    }
    if (isBlock) flush(node);
    const start = runs.length;
    if (node.name === 'a') linkDepth++;
    for (const child of node.children) visit(child, isBlock ? node : block);
    if (node.name === 'a') linkDepth--;
    if (isBlock) flush(block);
    ranges.set(node, [start, runs.length]);
  };

  if (isTag(root)) visit(root, top);
  else for (const child of root.children) visit(child, top);
  flush(top);
  if (!isTag(root)) ranges.set(top, [0, runs.length]);
  return { runs, ranges };
}

const BR = '\uE000';
const SPACE_RUN = /[\s\u200b\u2060\ufeff]+/g;

/** Joins text parts, collapsing white space; one <br> is a line break, two or more a blank line. */
function joinParts(parts: string[]): string {
  if (parts.length === 0) return '';
  const joined = parts.join('');
  if (!joined.includes(BR)) return joined.replace(SPACE_RUN, ' ').trim();
  const lines = joined.replace(SPACE_RUN, ' ').split(BR);
  let out = '';
  let blank = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blank++;
      continue;
    }
    if (out) out += blank > 0 ? '\n\n' : '\n';
    out += line;
    blank = 0;
  }
  return out;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Characters of text once white space runs count as one. */
export function visibleLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12;
    if (isSpace) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return space && n > 0 ? n - 1 : n;
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  if (node.name === 'script' || node.name === 'style') return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}
