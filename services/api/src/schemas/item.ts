import { Type } from '@sinclair/typebox';
import { scoreFilterParams } from './filters.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const TopicScore = Type.Object({
  topic: Type.String(),
  score: Type.Number(),
  matched: Type.Array(Type.String()),
});

const itemFields = {
  id: Type.String(),
  url: Type.String(),
  canonicalUrl: Type.String(),
  sourceId: Type.String(),
  sourceName: Type.String(),
  title: Type.String(),
  byline: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  fetchedAt: Type.String(),
  language: Nullable(Type.String()),
  country: Nullable(Type.String()),
  domestic: Type.Boolean(),
  summary: Nullable(Type.String()),
  topics: Type.Array(TopicScore),
  relevance: Type.Union([Type.Number(), Type.Null()]),
  tone: Type.Union([Type.Number(), Type.Null()]),
  clusterId: Nullable(Type.String()),
  places: Type.Optional(Type.Array(Type.String(), { description: 'places of the province the text names' })),
};

export const Item = Type.Object({ ...itemFields, text: Type.String() }, { $id: 'Item' });

export const ItemHit = Type.Object({
  ...itemFields,
  score: Type.Union([Type.Number(), Type.Null()]),
  clusterSize: Type.Optional(
    Type.Union([Type.Integer({ description: 'items in its story cluster (GET /api/items)' }), Type.Null()]),
  ),
  highlights: Type.Union([
    Type.Object({ title: Type.Optional(Type.String()), text: Type.Optional(Type.String()) }),
    Type.Null(),
  ]),
});

const FacetBuckets = Type.Array(
  Type.Object({
    value: Type.String(),
    count: Type.Integer(),
    label: Type.Optional(Type.String({ description: 'display name (source facet: the source name)' })),
    approximate: Type.Optional(
      Type.Boolean({ description: 'the count is estimated from a sample (large match sets)' }),
    ),
  }),
);

export const ItemPage = Type.Object({
  items: Type.Array(ItemHit),
  total: Type.Integer(),
  totalIsEstimate: Type.Optional(
    Type.Boolean({ description: 'total and facet counts are estimated from a sample of a large match set' }),
  ),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  facets: Type.Record(Type.String(), FacetBuckets),
});

export const ItemSearchQuery = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 2000, description: 'Query language: words, "phrases", AND/OR/NOT…' }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  sort: Type.Union([Type.Literal('time'), Type.Literal('relevance')], { default: 'time' }),
  source: Type.Optional(Type.String()),
  lang: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  domestic: Type.Optional(Type.Boolean()),
  ...scoreFilterParams(),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  facets: Type.Optional(
    Type.String({
      description:
        'Comma list of source,language,country,domestic,topic,tone,relevance. Source buckets carry the ' +
        "source's name as label; tone and relevance buckets are bands, in band order",
    }),
  ),
  highlight: Type.Boolean({ default: true }),
});
