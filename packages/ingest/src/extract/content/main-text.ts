// The article's main text: cut the page into runs, judge the boxes, pick the container, render.
//
//   1. measure (segment, counting only) → how much prose each element holds
//   2. segment again with junk boxes counted as noise: comment and consent boxes and dialogs
//      always; other boxes named, tagged or hidden as not-article unless they hold much of the
//      page's prose (then they are the layout: a WordPress "content-sidebar-wrap")
//   3. select the container, add the lead set apart before it, drop link lists inside it
//   4. render its runs as paragraphs, trim the labels at both ends, take the signature
import { isChrome, isDialog, isHidden, isNeverText, junkName } from '../boilerplate.ts';
import { childElements, type Document, type Element } from '../dom.ts';
import { trimEdges } from './edges.ts';
import { leadBefore } from './lead.ts';
import { linkListRuns } from './prune.ts';
import { renderParagraphs } from './render.ts';
import { type ElementVerdict, type Run, type Segmentation, segment } from './segment.ts';
import { proseIn, purityIn, type RunTotals, runTotals, selectContainer } from './select.ts';

/** A junk-looking box holding more than this share of the page's prose is the layout, not junk. */
const LAYOUT_SHARE = 0.5;
/**
 * So is one holding at least PART_SHARE of it at PART_PURITY or more: one of several sections of
 * a body split across boxes named for the grid ("sidebar-grid__container").
 */
const PART_SHARE = 0.15;
const PART_PURITY = 0.75;

const MIN_REPEAT = 20;

/** Page-level classes describe the page ("waitingForCmp", "has-sidebar"), not a box. */
const PAGE_LEVEL = new Set(['html', 'body', 'main']);

export interface MainText {
  paragraphs: string[];
  /** The chosen container (for the lead image). */
  container: Element | null;
  /** A name signed at the end of the article, taken out of the text. */
  signature: string | null;
}

const NONE: MainText = { paragraphs: [], container: null, signature: null };

/** `title` lets a repeated headline be dropped from the text. */
export function extractMainText(doc: Document, title: string | null): MainText {
  const root = bodyOf(doc);
  const measured = segment(root, (el) => (isNeverText(el) ? 'skip' : 'walk'), { measureOnly: true });
  const judge = boxJudge(measured, runTotals(measured));
  const strict = segment(root, judge);
  const totals = runTotals(strict);
  const container = selectContainer(strict, totals);
  if (!container) return NONE;
  const lead = leadBefore(container, strict, totals);
  const ranges = lead ? [lead, strict.ranges.get(container)!] : [strict.ranges.get(container)!];
  const runs = ranges.flatMap(([start, end]) => withoutLinkLists(strict, container, start, end));
  const edges = trimEdges(renderParagraphs(runs, title));
  return {
    paragraphs: withoutRepeats(edges.paragraphs.map((p) => p.text)),
    container,
    signature: edges.signature,
  };
}

/** A paragraph printed twice in a row (a sapo that is also the first paragraph) counts once. */
function withoutRepeats(paragraphs: string[]): string[] {
  return paragraphs.filter((text, i) => text.length < MIN_REPEAT || text !== paragraphs[i - 1]);
}

function boxJudge(measured: Segmentation, totals: RunTotals): (el: Element) => ElementVerdict {
  const pageProse = totals.prose.at(-1)! || 1;
  // A hidden copy is never "one of several sections": only the whole-layout rule saves it.
  const isLayout = (el: Element, partsToo: boolean): boolean => {
    const range = measured.ranges.get(el);
    if (!range) return false;
    const share = proseIn(totals, range) / pageProse;
    if (share > LAYOUT_SHARE) return true;
    return partsToo && share >= PART_SHARE && purityIn(totals, range) >= PART_PURITY;
  };
  return (el) => {
    if (isNeverText(el)) return 'skip';
    if (PAGE_LEVEL.has(el.name)) return 'walk';
    const name = junkName(el);
    if (name === 'hard' || isDialog(el)) return 'junk';
    if (isHidden(el)) return isLayout(el, false) ? 'walk' : 'junk';
    if (name === 'soft' || isChrome(el)) return isLayout(el, true) ? 'walk' : 'junk';
    return 'walk';
  };
}

function withoutLinkLists(seg: Segmentation, container: Element, start: number, end: number): Run[] {
  const dropped = linkListRuns(seg, container, start, end);
  return seg.runs.slice(start, end).filter((_, i) => !dropped[i]);
}

/** <body>, or the document itself for a fragment. */
function bodyOf(doc: Document): Element | Document {
  const html = childElements(doc).find((el) => el.name === 'html');
  return (html && childElements(html).find((el) => el.name === 'body')) ?? html ?? doc;
}
