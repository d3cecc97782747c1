import { Type } from '@sinclair/typebox';
import { filterParams } from './filters.ts';

export const SummaryQuery = Type.Object({
  ...filterParams,
  interval: Type.Union([Type.Literal('day'), Type.Literal('hour')], { default: 'day' }),
  tz: Type.String({ maxLength: 64, default: 'Asia/Ho_Chi_Minh', description: 'IANA time zone of days' }),
  size: Type.Integer({ minimum: 1, maximum: 100, default: 10, description: 'Most buckets in top lists' }),
});

const Window = {
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer({ description: 'Items in the window matching the query and filters' }),
};
const Counts = Type.Record(Type.String(), Type.Integer());
const Sample = Type.Object({
  id: Type.String(),
  title: Type.String(),
  url: Type.String(),
  sourceName: Type.String(),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
});

export const TopicSummary = Type.Object({
  ...Window,
  interval: Type.String(),
  timeZone: Type.String(),
  topics: Type.Array(Type.Object({ topic: Type.String(), count: Type.Integer() })),
  series: Type.Array(
    Type.Object({
      start: Type.String({ description: 'bucket start' }),
      count: Type.Integer(),
      topics: Counts,
    }),
  ),
});

export const DomesticSummary = Type.Object({
  ...Window,
  interval: Type.String(),
  timeZone: Type.String(),
  domestic: Type.Integer(),
  foreign: Type.Integer(),
  series: Type.Array(
    Type.Object({
      start: Type.String(),
      count: Type.Integer(),
      domestic: Type.Integer(),
      foreign: Type.Integer(),
    }),
  ),
});

export const LanguageSummary = Type.Object({
  ...Window,
  languages: Type.Array(Type.Object({ language: Type.String(), count: Type.Integer() })),
});

export const SourceSummary = Type.Object({
  ...Window,
  sources: Type.Array(
    Type.Object({ sourceId: Type.String(), sourceName: Type.String(), count: Type.Integer() }),
  ),
});

export const ClusterSummary = Type.Object({
  ...Window,
  clusters: Type.Array(Type.Object({ clusterId: Type.String(), count: Type.Integer(), headline: Sample })),
});

export const ToneSummary = Type.Object({
  ...Window,
  scored: Type.Integer({ description: 'Items with a tone' }),
  negative: Type.Integer({ description: 'tone < -0.2' }),
  neutral: Type.Integer({ description: '-0.2 ≤ tone < 0.2' }),
  positive: Type.Integer({ description: 'tone ≥ 0.2' }),
  histogram: Type.Array(Type.Object({ from: Type.Number(), count: Type.Integer() })),
});
