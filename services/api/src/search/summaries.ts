// Summaries: the time window and filters of a summary request, and each summary as one
// SearchIndex.aggregate call mapped to a chart-friendly shape.
import type { Aggregation, AggregationBucket, AggregationRequest } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import type { Static } from '@sinclair/typebox';
import { isTimeZone } from '../accounts/users.ts';
import { badRequest } from '../http-error.ts';
import type { SummaryQuery } from '../schemas/summary.ts';
import { filtersOf } from './search-params.ts';

type Query = Static<typeof SummaryQuery>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Widest window per interval (and a bound on the buckets a request can ask for). */
const MAX_SPAN = { hour: 93 * DAY, day: 3660 * DAY };
const DEFAULT_SPAN = { hour: 2 * DAY, day: 7 * DAY };

export interface SummaryWindow {
  from: string;
  to: string;
  interval: 'day' | 'hour';
  timeZone: string;
}

/** Default window: the last 7 days (48 hours for hourly counts), ending now. */
export function summaryWindow(query: Query, now = Date.now()): SummaryWindow {
  const to = query.to ? Date.parse(query.to) : now;
  const from = query.from ? Date.parse(query.from) : to - DEFAULT_SPAN[query.interval];
  if (from > to) throw badRequest('from must not be after to');
  if (to - from > MAX_SPAN[query.interval]) {
    throw badRequest(`A ${query.interval}ly summary covers at most ${MAX_SPAN[query.interval] / DAY} days`);
  }
  if (!isTimeZone(query.tz)) throw badRequest(`Unknown time zone ${query.tz}`);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    interval: query.interval,
    timeZone: query.tz,
  };
}

export function aggregationRequest(
  query: Query,
  window: SummaryWindow,
  aggregations: Record<string, Aggregation>,
): AggregationRequest {
  return {
    query: parseQuery(query.q ?? ''),
    filters: filtersOf({ ...query, from: window.from, to: window.to }),
    aggregations,
  };
}

export const histogramOf = (
  window: SummaryWindow,
  aggregations?: Record<string, Aggregation>,
): Aggregation => ({
  type: 'dateHistogram',
  interval: window.interval,
  timeZone: window.timeZone,
  ...(aggregations ? { aggregations } : {}),
});

export function countsOf(buckets: AggregationBucket[] | undefined): Record<string, number> {
  return Object.fromEntries((buckets ?? []).map((bucket) => [bucket.key, bucket.count]));
}

export const TONE_RANGES = [
  { key: 'negative', to: -0.2 },
  { key: 'neutral', from: -0.2, to: 0.2 },
  { key: 'positive', from: 0.2 },
];
