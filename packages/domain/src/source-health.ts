// How a source is doing, from its pipeline state: the learnt publishing rate, the "silent source"
// flag (a source that usually publishes has stopped), and one health status for people.
import type { SourceState } from './model.ts';

const DAY_MS = 86_400_000;
/** The rate forgets half of its past every 7 days of polling. */
const RATE_HALF_LIFE_DAYS = 7;
/** A source is expected to publish when its rate is at least this many items a day. */
const USUALLY_PUBLISHES_PER_DAY = 0.5;
/** Silent after this many expected gaps without a new item (and at least a day). */
const SILENT_GAPS = 5;

export type SourceHealthStatus = 'pending' | 'ok' | 'failing' | 'silent' | 'disabled';

/** Folds one poll (`newEntries` found `elapsedMs` after the previous poll) into the rate. */
export function updatePublishingRate(previous: number | null, newEntries: number, elapsedMs: number): number {
  const elapsedDays = Math.max(elapsedMs, 1) / DAY_MS;
  const sample = newEntries / elapsedDays;
  if (previous === null) return sample;
  // Time-weighted: a long gap between polls moves the average more than a short one.
  const keep = 0.5 ** (elapsedDays / RATE_HALF_LIFE_DAYS);
  return previous * keep + sample * (1 - keep);
}

export function isSilent(state: SourceState, now: Date): boolean {
  if (state.itemsPerDay === null || state.itemsPerDay < USUALLY_PUBLISHES_PER_DAY) return false;
  const since = state.lastNewItemAt ?? state.firstSuccessAt;
  if (!since) return false;
  const allowedMs = Math.max(DAY_MS, (SILENT_GAPS / state.itemsPerDay) * DAY_MS);
  return now.getTime() - Date.parse(since) > allowedMs;
}

export function sourceHealthStatus(enabled: boolean, state: SourceState, now: Date): SourceHealthStatus {
  if (!enabled) return 'disabled';
  if (state.lastFetchAt === null) return 'pending';
  if (state.consecutiveErrors > 0) return 'failing';
  return isSilent(state, now) ? 'silent' : 'ok';
}
