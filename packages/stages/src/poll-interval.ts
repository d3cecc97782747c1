// When to poll a source next, within its bounds: errors back off exponentially, Retry-After wins
// when the server gives one, and otherwise the interval follows the learnt publishing rate so that
// a poll finds about half an item on average (a busy outlet is polled often, a quiet one rarely).

export interface PollOutcome {
  consecutiveErrors: number;
  retryAfterSeconds: number | null;
  /** Learnt rate; null until the source has been seen publishing. */
  itemsPerDay: number | null;
}

const ITEMS_PER_POLL = 0.5;

export function nextPollDelaySeconds(
  bounds: { minPollSeconds: number; maxPollSeconds: number },
  outcome: PollOutcome,
): number {
  const { minPollSeconds: min, maxPollSeconds: max } = bounds;
  const clamp = (s: number) => Math.min(max, Math.max(min, Math.round(s)));
  if (outcome.retryAfterSeconds !== null) return Math.max(min, outcome.retryAfterSeconds);
  if (outcome.consecutiveErrors > 0) return clamp(min * 2 ** Math.min(outcome.consecutiveErrors, 16));
  if (outcome.itemsPerDay === null) return min;
  if (outcome.itemsPerDay <= 0) return max;
  return clamp((ITEMS_PER_POLL * 86_400) / outcome.itemsPerDay);
}

/** Publishing rate from a feed's entry dates (for a source's first poll): entries per day over their span. */
export function rateFromEntryDates(dates: (string | null)[], now: Date): number | null {
  const times = dates
    .map((d) => (d ? Date.parse(d) : Number.NaN))
    .filter((t) => Number.isFinite(t) && t <= now.getTime());
  if (times.length < 2) return null;
  const spanDays = Math.max((now.getTime() - Math.min(...times)) / 86_400_000, 1 / 24);
  return times.length / spanDays;
}
