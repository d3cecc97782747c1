// Picks the article container: the element whose nearby prose, discounted by how much noise it
// holds, is largest. Prose counts fully up to a few levels down and less beyond, so a box that
// holds the paragraphs themselves beats the page, whose teasers sit deep in cards of their own.
import { isMarkedBody } from '../boilerplate.ts';
import { type Element, isTag } from '../dom.ts';
import { noiseValue, proseValue } from './run-quality.ts';
import type { Segmentation } from './segment.ts';

/** Prose this many levels below an element counts fully; deeper prose counts 1/(1 + levels beyond). */
const FULL_CREDIT_DEPTH = 4;
/** Exponent of the purity (prose share) a container's score is multiplied by. */
const PURITY_WEIGHT = 0.75;
/** schema.org articleBody or an "article-body" class is a hint, not a verdict. */
const MARKED_BODY_BONUS = 1.15;
/** Climbing to an ancestor needs this much more prose at this purity (see widen). */
const WIDEN_GAIN = 1.2;
const WIDEN_PURITY = 0.85;

export interface RunTotals {
  prose: number[];
  noise: number[];
}

/** Prefix sums of prose and noise over the runs. */
export function runTotals(seg: Segmentation): RunTotals {
  const prose = [0];
  const noise = [0];
  for (const run of seg.runs) {
    prose.push(prose.at(-1)! + proseValue(run));
    noise.push(noise.at(-1)! + noiseValue(run));
  }
  return { prose, noise };
}

export function proseIn(totals: RunTotals, [start, end]: [number, number]): number {
  return totals.prose[end]! - totals.prose[start]!;
}

export function purityIn(totals: RunTotals, range: [number, number]): number {
  const prose = proseIn(totals, range);
  const noise = totals.noise[range[1]]! - totals.noise[range[0]]!;
  return prose + noise === 0 ? 0 : prose / (prose + noise);
}

/** The article container, or null when the page has no prose at all. */
export function selectContainer(seg: Segmentation, totals: RunTotals): Element | null {
  const near = nearProse(seg);
  const best = bestIn(seg, totals, near, null);
  if (!best) return null;
  // A page that marks its body with schema.org articleBody is believed: the container is chosen
  // inside it (then widened as usual), however much prose a teaser elsewhere has.
  const marked = markedBody(seg, near);
  const chosen =
    marked && marked !== best ? (bestIn(seg, totals, near, seg.ranges.get(marked)!) ?? marked) : best;
  return widen(chosen, seg, totals);
}

function bestIn(
  seg: Segmentation,
  totals: RunTotals,
  near: Map<Element, number>,
  within: [number, number] | null,
): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, range] of seg.ranges) {
    const credit = near.get(element);
    if (!credit) continue;
    if (within && (range[0] < within[0] || range[1] > within[1])) continue;
    let score = credit * purityIn(totals, range) ** PURITY_WEIGHT;
    if (isMarkedBody(element)) score *= MARKED_BODY_BONUS;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** The schema.org articleBody with the most prose near it, if any has prose. */
function markedBody(seg: Segmentation, near: Map<Element, number>): Element | null {
  let best: Element | null = null;
  for (const element of seg.ranges.keys()) {
    const itemprop = element.attribs['itemprop'];
    if (!itemprop || !/\barticleBody\b/i.test(itemprop)) continue;
    const credit = near.get(element) ?? 0;
    if (credit > 0 && (!best || credit > near.get(best)!)) best = element;
  }
  return best;
}

/** Prose credited to each element: full for runs up to FULL_CREDIT_DEPTH below it, less further down. */
function nearProse(seg: Segmentation): Map<Element, number> {
  const credit = new Map<Element, number>();
  for (const run of seg.runs) {
    const value = proseValue(run);
    if (value === 0) continue;
    let depth = 0;
    for (let el: Element | null = run.block; el; el = el.parent && isTag(el.parent) ? el.parent : null) {
      const factor = depth <= FULL_CREDIT_DEPTH ? 1 : 1 / (1 + depth - FULL_CREDIT_DEPTH);
      credit.set(el, (credit.get(el) ?? 0) + value * factor);
      depth++;
    }
  }
  return credit;
}

// A body split into sections, each deep in wrappers of its own, scores best at one section; climb
// to an ancestor that holds clearly more prose and is still almost all prose.
function widen(start: Element, seg: Segmentation, totals: RunTotals): Element {
  let current = start;
  let currentProse = proseIn(totals, seg.ranges.get(start)!);
  for (let el = start.parent; el && isTag(el); el = el.parent) {
    const range = seg.ranges.get(el);
    if (!range) break;
    const prose = proseIn(totals, range);
    if (purityIn(totals, range) >= WIDEN_PURITY && prose >= WIDEN_GAIN * currentProse) {
      current = el;
      currentProse = prose;
    }
  }
  return current;
}
