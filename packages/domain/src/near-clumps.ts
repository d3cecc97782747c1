// NEAR(…, N) on token positions, as SQLite FTS5 evaluates it: one field holds an instance of
// every operand such that, with L the latest start among them, every instance ends at most N
// tokens before L. The one statement of the rule, used by the in-memory matcher
// (packages/query/src/matcher/near.ts) and by the SQLite highlighter.

/** An operand instance: [start, length] in tokens. */
export type Instance = readonly [start: number, length: number];

/**
 * One clump per satisfying latest start L: for each operand, its latest instance starting at or
 * before L. `starts[i]` are operand i's ascending start positions, `lengths[i]` its token count.
 */
export function nearClumps(
  starts: readonly (readonly number[])[],
  lengths: readonly number[],
  distance: number,
): Instance[][] {
  if (starts.length === 0 || starts.some((list) => list.length === 0)) return [];
  if (lengths.some((length) => length === 0)) return [];
  const candidates = [...new Set(starts.flat())].sort((a, b) => a - b);
  const clumps: Instance[][] = [];
  for (const latest of candidates) {
    const clump: Instance[] = [];
    for (let i = 0; i < starts.length; i++) {
      const start = latestAtMost(starts[i]!, latest);
      if (start === undefined || latest - (start + lengths[i]!) > distance) break;
      clump.push([start, lengths[i]!]);
    }
    if (clump.length === starts.length) clumps.push(clump);
  }
  return clumps;
}

/** The greatest value ≤ limit in an ascending list (binary search). */
function latestAtMost(sorted: readonly number[], limit: number): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= limit) {
      found = sorted[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
