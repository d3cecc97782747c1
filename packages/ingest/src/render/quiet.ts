// "The page has settled": no request in flight for a short quiet window, capped. Playwright's
// networkidle wants 500 ms of silence, which every render would pay in full; counting the page's
// own requests lets a finished page go after quietMs.
import { setTimeout as delay } from 'node:timers/promises';
import type { Page } from 'playwright-core';

export interface RequestTracker {
  /** Resolves true once nothing was in flight for quietMs, false when maxMs ran out first. */
  quiet(quietMs: number, maxMs: number): Promise<boolean>;
}

const POLL_MS = 25;

/** Starts counting the page's requests; call before navigating. */
export function trackRequests(page: Page): RequestTracker {
  let inflight = 0;
  let lastChange = Date.now();
  const started = () => {
    inflight++;
    lastChange = Date.now();
  };
  const ended = () => {
    inflight = Math.max(0, inflight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(quietMs, maxMs) {
      const deadline = Date.now() + maxMs;
      while (Date.now() < deadline) {
        if (inflight === 0 && Date.now() - lastChange >= quietMs) return true;
        await delay(POLL_MS);
      }
      return false;
    },
  };
}
