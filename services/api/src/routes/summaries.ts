// Summaries over a date range and an optional query (viewer and up). Every endpoint takes q,
// source, lang, country, domestic, from, to (default: the last 7 days), and where it applies
// interval (day|hour), tz (default Asia/Ho_Chi_Minh) and size.
//   GET /api/summaries/topics      items per topic, and per topic per day/hour
//   GET /api/summaries/domestic    domestic vs foreign, in total and per day/hour
//   GET /api/summaries/languages   items per language
//   GET /api/summaries/sources     top sources
//   GET /api/summaries/clusters    top story clusters with their newest headline
//   GET /api/summaries/tone        negative / neutral / positive, and a tone histogram
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SearchIndex } from '@presswatch/domain';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  ClusterSummary,
  DomesticSummary,
  LanguageSummary,
  SourceSummary,
  SummaryQuery,
  ToneSummary,
  TopicSummary,
} from '../schemas/summary.ts';
import {
  aggregationRequest,
  countsOf,
  histogramOf,
  summaryWindow,
  TONE_RANGES,
} from '../search/summaries.ts';

export default async function summaryRoutes(fastify: FastifyInstance, options: { search: SearchIndex }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const route = (response: TSchema) => ({
    config: { roles: atLeast('viewer') },
    schema: {
      tags: ['summaries'],
      querystring: SummaryQuery,
      response: { 200: response, ...problemResponses },
    },
  });

  app.get('/api/summaries/topics', route(TopicSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const topic = { type: 'terms', field: 'topic', size: 100 } as const;
    const result = await options.search.aggregate(
      aggregationRequest(query, window, {
        topics: { ...topic, size: query.size },
        series: histogramOf(window, { topics: topic }),
      }),
    );
    return {
      ...window,
      total: result.total,
      topics: (result.aggregations.topics ?? []).map((b) => ({ topic: b.key, count: b.count })),
      series: (result.aggregations.series ?? []).map((b) => ({
        start: b.key,
        count: b.count,
        topics: countsOf(b.aggregations?.topics),
      })),
    };
  });

  app.get('/api/summaries/domestic', route(DomesticSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const split = { type: 'terms', field: 'domestic', size: 2 } as const;
    const result = await options.search.aggregate(
      aggregationRequest(query, window, { split, series: histogramOf(window, { split }) }),
    );
    const totals = countsOf(result.aggregations.split);
    return {
      ...window,
      total: result.total,
      domestic: totals.true ?? 0,
      foreign: totals.false ?? 0,
      series: (result.aggregations.series ?? []).map((b) => {
        const counts = countsOf(b.aggregations?.split);
        return { start: b.key, count: b.count, domestic: counts.true ?? 0, foreign: counts.false ?? 0 };
      }),
    };
  });

  app.get('/api/summaries/languages', route(LanguageSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const result = await options.search.aggregate(
      aggregationRequest(query, window, {
        languages: { type: 'terms', field: 'language', size: query.size },
      }),
    );
    const languages = (result.aggregations.languages ?? []).map((b) => ({ language: b.key, count: b.count }));
    return { from: window.from, to: window.to, total: result.total, languages };
  });

  app.get('/api/summaries/sources', route(SourceSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const result = await options.search.aggregate(
      aggregationRequest(query, window, {
        sources: { type: 'terms', field: 'source', size: query.size, sample: true },
      }),
    );
    const sources = (result.aggregations.sources ?? []).map((b) => ({
      sourceId: b.key,
      sourceName: b.sample?.sourceName ?? b.key,
      count: b.count,
    }));
    return { from: window.from, to: window.to, total: result.total, sources };
  });

  app.get('/api/summaries/clusters', route(ClusterSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const result = await options.search.aggregate(
      aggregationRequest(query, window, {
        clusters: { type: 'terms', field: 'cluster', size: query.size, sample: true },
      }),
    );
    const clusters = (result.aggregations.clusters ?? [])
      .filter((b) => b.sample)
      .map((b) => ({ clusterId: b.key, count: b.count, headline: b.sample! }));
    return { from: window.from, to: window.to, total: result.total, clusters };
  });

  app.get('/api/summaries/tone', route(ToneSummary), async ({ query }) => {
    const window = summaryWindow(query);
    const result = await options.search.aggregate(
      aggregationRequest(query, window, {
        tone: { type: 'range', field: 'tone', ranges: TONE_RANGES },
        histogram: { type: 'histogram', field: 'tone', interval: 0.2 },
      }),
    );
    const tone = countsOf(result.aggregations.tone);
    const histogram = (result.aggregations.histogram ?? []).map((b) => ({
      from: Number(b.key),
      count: b.count,
    }));
    return {
      from: window.from,
      to: window.to,
      total: result.total,
      scored: (tone.negative ?? 0) + (tone.neutral ?? 0) + (tone.positive ?? 0),
      negative: tone.negative ?? 0,
      neutral: tone.neutral ?? 0,
      positive: tone.positive ?? 0,
      histogram,
    };
  });
}
