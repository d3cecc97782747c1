// Spike detection over hourly counts: the last hour against the 12 hours before it, and the last
// 24 hours against the 14 days before them. A spike needs a minimum count, a minimum ratio to the
// baseline mean, and a Poisson tail probability under the threshold — all three, so a quiet topic
// going from 0 to 1 is not a spike and a busy one needs a real jump.
import type { SpikeWindow } from '@presswatch/domain';
import { baselineStats, poissonUpperTail, zScore } from './poisson.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface SpikeSettings {
  minCountHour: number;
  minCountDay: number;
  pValue: number;
  minRatio: number;
}

export const WINDOWS: Record<SpikeWindow, { bucketMs: number; baselineBuckets: number }> = {
  hour: { bucketMs: HOUR_MS, baselineBuckets: 12 },
  day: { bucketMs: DAY_MS, baselineBuckets: 14 },
};

export interface SpikeFinding {
  window: SpikeWindow;
  count: number;
  baselineMean: number;
  pValue: number;
  zScore: number;
}

/**
 * `counts` are the window's buckets oldest first, the last one being the window checked; the
 * ones before it are the baseline.
 */
export function testWindow(
  window: SpikeWindow,
  counts: number[],
  settings: SpikeSettings,
): SpikeFinding | null {
  if (counts.length < 2) return null;
  const count = counts.at(-1)!;
  const minCount = window === 'hour' ? settings.minCountHour : settings.minCountDay;
  if (count < minCount) return null;
  const stats = baselineStats(counts.slice(0, -1));
  if (count < settings.minRatio * stats.mean) return null;
  const pValue = poissonUpperTail(count, stats.rate);
  if (pValue >= settings.pValue) return null;
  return { window, count, baselineMean: stats.mean, pValue, zScore: zScore(count, stats) };
}

/** The buckets a window reads, ending at `at` (a whole hour). */
export function windowRange(window: SpikeWindow, at: Date): { from: Date; to: Date; bucketMs: number } {
  const { bucketMs, baselineBuckets } = WINDOWS[window];
  return { from: new Date(at.getTime() - (baselineBuckets + 1) * bucketMs), to: at, bucketMs };
}
