// GET /api/summaries/volume: items per topic per day/hour, split domestic/foreign, with the spikes
// the notifier's spike test (packages/alerts testWindow: minimum count, ratio to the baseline mean
// and a Poisson tail probability) finds in each topic's series. The series is read from before
// `from` as far back as the test's baseline (14 days, or 12 hours) so the first buckets are
// tested too; only the asked window is returned. Takes the summaries' parameters.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { type SpikeSettings, testWindow, WINDOWS } from '@presswatch/alerts';
import type { AggregationBucket, SearchIndex } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { problemResponses } from '../schemas/problem.ts';
import { SummaryQuery } from '../schemas/summary.ts';
import { aggregationRequest, countsOf, histogramOf, summaryWindow } from '../search/summaries.ts';

/** The notifier's defaults (config alerts.spikes). */
export const VOLUME_SPIKES: SpikeSettings = { minCountHour: 5, minCountDay: 15, pValue: 0.001, minRatio: 2 };

const VolumeSummary = Type.Object({
  from: Type.String(),
  to: Type.String(),
  interval: Type.String(),
  timeZone: Type.String(),
  total: Type.Integer({ description: 'items in the window' }),
  buckets: Type.Array(
    Type.Object({
      start: Type.String(),
      topic: Type.String(),
      domestic: Type.Integer(),
      foreign: Type.Integer(),
    }),
    { description: 'one per interval and topic seen in the window (zeros included), oldest first' },
  ),
  spikes: Type.Array(
    Type.Object({
      topic: Type.String(),
      start: Type.String(),
      count: Type.Integer(),
      baseline: Type.Number({ description: 'mean count of the baseline buckets before it' }),
      pValue: Type.Number(),
    }),
  ),
});

interface TopicSeries {
  starts: string[];
  domestic: Map<string, number[]>;
  foreign: Map<string, number[]>;
}

function seriesOf(buckets: AggregationBucket[]): TopicSeries {
  const series: TopicSeries = { starts: buckets.map((b) => b.key), domestic: new Map(), foreign: new Map() };
  buckets.forEach((bucket, i) => {
    for (const topic of bucket.aggregations?.topics ?? []) {
      const split = countsOf(topic.aggregations?.split);
      for (const [side, count] of [
        ['domestic', split.true ?? 0],
        ['foreign', split.false ?? 0],
      ] as const) {
        const counts = series[side].get(topic.key) ?? new Array<number>(buckets.length).fill(0);
        counts[i] = count;
        series[side].set(topic.key, counts);
      }
    }
  });
  return series;
}

export default async function volumeRoutes(fastify: FastifyInstance, options: { search: SearchIndex }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/summaries/volume',
    {
      config: { roles: atLeast('viewer') },
      schema: {
        tags: ['summaries'],
        querystring: SummaryQuery,
        response: { 200: VolumeSummary, ...problemResponses },
      },
    },
    async ({ query }) => {
      const window = summaryWindow(query);
      const { bucketMs, baselineBuckets } = WINDOWS[window.interval];
      const readFrom = new Date(Date.parse(window.from) - baselineBuckets * bucketMs).toISOString();
      const split = { type: 'terms', field: 'domestic', size: 2 } as const;
      const topics = { type: 'terms', field: 'topic', size: 100, aggregations: { split } } as const;
      const request = aggregationRequest(
        query,
        { ...window, from: readFrom },
        { series: histogramOf(window, { topics }) },
      );
      const result = await options.search.aggregate(request);
      const series = seriesOf(result.aggregations.series ?? []);
      const first = series.starts.findIndex(
        (start) => Date.parse(start) + bucketMs > Date.parse(window.from),
      );
      const visible = first === -1 ? series.starts.length : first;
      const buckets = [];
      const spikes = [];
      for (const [topic, domestic] of series.domestic) {
        const foreign = series.foreign.get(topic)!;
        const total = domestic.map((count, i) => count + foreign[i]!);
        if (total.slice(visible).every((count) => count === 0)) continue;
        for (let i = visible; i < total.length; i++) {
          buckets.push({ start: series.starts[i]!, topic, domestic: domestic[i]!, foreign: foreign[i]! });
          const finding = testWindow(
            window.interval,
            total.slice(Math.max(0, i - baselineBuckets), i + 1),
            VOLUME_SPIKES,
          );
          if (finding)
            spikes.push({
              topic,
              start: series.starts[i]!,
              count: finding.count,
              baseline: finding.baselineMean,
              pValue: finding.pValue,
            });
        }
      }
      buckets.sort((a, b) => a.start.localeCompare(b.start) || a.topic.localeCompare(b.topic));
      const total = await options.search.aggregate(aggregationRequest(query, window, {}));
      return { ...window, total: total.total, buckets, spikes };
    },
  );
}
