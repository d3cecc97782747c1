// The lead (sapo, standfirst): a paragraph of prose set just before the body container, apart
// from it, as Vietnamese papers do with their bold summary. It belongs to the article text.
import { childElements, type Element, isTag } from '../dom.ts';
import { isSentence } from './edges.ts';

const ENDS_SENTENCE = /[.!?…。！？"”»)]$/u;
const BYLINE_START = /^(?:by|von|par|por|bởi|theo|tác giả)\b/iu;

// A lead reads as finished sentences; a long dateline ("By Staff | Nov 18, 2019 at 2:26 PM") does not.
function isLeadSentence(text: string): boolean {
  return isSentence(text) && ENDS_SENTENCE.test(text) && !BYLINE_START.test(text);
}

import type { Segmentation } from './segment.ts';
import { proseIn, purityIn, type RunTotals } from './select.ts';

const MAX_LEAD_RUNS = 2;
const MIN_LEAD_PURITY = 0.8;
/** How many elements without prose (byline, date, share bar, picture) may sit in between. */
const MAX_GAP = 3;
const LEVELS = 2;

/** The run range of a lead paragraph right before the container (or its parent), or null. */
export function leadBefore(
  container: Element,
  seg: Segmentation,
  totals: RunTotals,
): [number, number] | null {
  let anchor = container;
  for (let level = 0; level < LEVELS; level++) {
    const lead = leadSibling(anchor, seg, totals);
    if (lead !== undefined) return lead;
    const parent = anchor.parent;
    if (!parent || !isTag(parent)) return null;
    // Only climb when the parent holds no other prose of its own.
    const parentRange = seg.ranges.get(parent);
    const anchorRange = seg.ranges.get(anchor);
    if (!parentRange || !anchorRange || proseIn(totals, parentRange) > proseIn(totals, anchorRange))
      return null;
    anchor = parent;
  }
  return null;
}

/** The lead among anchor's previous siblings; null when prose there is not a lead; undefined when none. */
function leadSibling(
  anchor: Element,
  seg: Segmentation,
  totals: RunTotals,
): [number, number] | null | undefined {
  const parent = anchor.parent;
  if (!parent || !isTag(parent)) return undefined;
  const siblings = childElements(parent);
  let gap = 0;
  for (let i = siblings.indexOf(anchor) - 1; i >= 0 && gap <= MAX_GAP; i--) {
    const range = seg.ranges.get(siblings[i]!);
    if (!range || proseIn(totals, range) === 0) {
      gap++;
      continue;
    }
    const runs = seg.runs.slice(range[0], range[1]).filter((r) => !r.junk);
    const isLead =
      runs.length > 0 &&
      runs.length <= MAX_LEAD_RUNS &&
      purityIn(totals, range) >= MIN_LEAD_PURITY &&
      runs.every((r) => isLeadSentence(r.text));
    return isLead ? range : null;
  }
  return undefined;
}
