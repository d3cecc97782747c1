// When to poll a source next. Simplest adaptive rule within the source's bounds: a poll that found
// new entries brings the interval down to the minimum, an empty one stretches it by half, errors
// back off exponentially, and Retry-After wins when the server gives one.

export interface PollOutcome {
  newEntries: number;
  consecutiveErrors: number;
  previousIntervalSeconds: number | null;
  retryAfterSeconds: number | null;
}

export function nextPollDelaySeconds(
  bounds: { minPollSeconds: number; maxPollSeconds: number },
  outcome: PollOutcome,
): number {
  const { minPollSeconds: min, maxPollSeconds: max } = bounds;
  const clamp = (s: number) => Math.min(max, Math.max(min, Math.round(s)));
  if (outcome.retryAfterSeconds !== null) return Math.max(min, outcome.retryAfterSeconds);
  if (outcome.consecutiveErrors > 0) return clamp(min * 2 ** Math.min(outcome.consecutiveErrors, 16));
  if (outcome.newEntries > 0) return min;
  return clamp((outcome.previousIntervalSeconds ?? min) * 1.5);
}
