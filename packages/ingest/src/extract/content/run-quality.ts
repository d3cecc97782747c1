// How much a run looks like article prose. Prose is long, has few links and ends sentences;
// menus, teasers, bylines and buttons are short or mostly links.
import type { Run } from './segment.ts';

// Below SHORT characters a run is a label or a button; from LONG on it can be a paragraph.
const SHORT = 15;
const LONG = 60;
// Up to LINKS_OK of a run may be link text (inline references); from LINKS_ALL on it is a link list.
const LINKS_OK = 0.3;
const LINKS_ALL = 0.75;

/** The run's length in "Latin-equivalent" characters. */
export function effectiveLength(run: Run): number {
  // Scripts written without spaces pack a sentence into few characters.
  return run.dense ? run.length * 3 : run.length;
}

export function linkShare(run: Run): number {
  return run.length === 0 ? 0 : run.linkLength / run.length;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Prose credit of a run: its unlinked characters, scaled down for shortness and link weight. */
export function proseValue(run: Run): number {
  if (run.junk || run.length === 0) return 0;
  const length = effectiveLength(run);
  const lengthFactor = clamp01((length - SHORT) / (LONG - SHORT));
  const linkFactor = 1 - clamp01((linkShare(run) - LINKS_OK) / (LINKS_ALL - LINKS_OK));
  return (length - run.linkLength * (length / run.length)) * lengthFactor * linkFactor;
}

/** Noise debit of a run: whatever of it is not prose credit (links, labels, junk boxes). */
export function noiseValue(run: Run): number {
  if (run.junk) return run.length;
  return effectiveLength(run) - proseValue(run);
}
