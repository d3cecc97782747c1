// Boxes inside the article container that are link lists, not text: "Tin liên quan" lists,
// teaser rails, tag clouds and share bars that carry no telling class name.
import type { Element } from '../dom.ts';
import type { Segmentation } from './segment.ts';

const MIN_RUNS = 2;
const LINK_LIST_SHARE = 0.5;

/** Marks (true) the runs in [start, end) that sit in a link-list box below the container. */
export function linkListRuns(seg: Segmentation, container: Element, start: number, end: number): boolean[] {
  const dropped = new Array<boolean>(end - start).fill(false);
  const length = [0];
  const links = [0];
  const count = [0];
  for (let i = start; i < end; i++) {
    const run = seg.runs[i]!;
    const visible = run.junk ? 0 : run.length;
    length.push(length.at(-1)! + visible);
    links.push(links.at(-1)! + (run.junk ? 0 : run.linkLength));
    count.push(count.at(-1)! + (run.junk ? 0 : 1));
  }
  for (const [el, [from, to]] of seg.ranges) {
    if (el === container || from < start || to > end || to - from < MIN_RUNS) continue;
    const a = from - start;
    const b = to - start;
    if (count[b]! - count[a]! < MIN_RUNS) continue;
    const chars = length[b]! - length[a]!;
    if (chars > 0 && (links[b]! - links[a]!) / chars >= LINK_LIST_SHARE) dropped.fill(true, a, b);
  }
  return dropped;
}
