// Story clusters (viewer and up): the same story across outlets and languages.
//   GET /api/clusters       sort=recent (latest first) | size (largest first; since defaults to the
//                           last 7 days), since, minSize, cursor pagination; each with its headline
//                           and summary
//   GET /api/clusters/:id   the cluster and its members, earliest first
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ClusterMember, ClusterStore } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { notFound } from '../http-error.ts';
import { Cursor, IdParams, limit, NextCursor, Nullable } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';

const StoryCluster = Type.Object({
  id: Type.String(),
  firstSeen: Type.String({ format: 'date-time' }),
  lastSeen: Type.String({ format: 'date-time' }),
  size: Type.Integer(),
  outlets: Type.Array(Type.String(), { description: 'Source ids, in the order they joined' }),
  countries: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  headlineItemId: Type.String({ description: 'The earliest member' }),
  headline: Type.String(),
  summary: Nullable(Type.String()),
});

const Member = Type.Object({
  itemId: Type.String(),
  title: Type.String(),
  url: Type.String(),
  sourceId: Type.String(),
  sourceName: Type.String(),
  language: Nullable(Type.String()),
  country: Nullable(Type.String()),
  seenAt: Type.String({ format: 'date-time' }),
  similarity: Type.Number({ description: 'Estimated similarity to the member it joined through' }),
  joinedVia: Nullable(Type.String()),
});

const ClusterListQuery = Type.Object({
  sort: Type.Union([Type.Literal('recent'), Type.Literal('size')], { default: 'recent' }),
  since: Type.Optional(Type.String({ format: 'date-time', description: 'Clusters seen at or after' })),
  minSize: Type.Integer({ minimum: 1, default: 1 }),
  limit: limit(20, 100),
  cursor: Cursor,
});

const ClusterPage = Type.Object({ clusters: Type.Array(StoryCluster), nextCursor: NextCursor });

const ClusterDetail = Type.Object({ cluster: StoryCluster, members: Type.Array(Member) });

const DEFAULT_SIZE_WINDOW_MS = 7 * 86_400_000;
/** Members listed per cluster. */
const MAX_MEMBERS = 500;
const tags = ['clusters'];

export default async function clusterRoutes(
  fastify: FastifyInstance,
  options: { clusters: ClusterStore; now?: () => Date },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const now = options.now ?? (() => new Date());

  app.get(
    '/api/clusters',
    {
      config: { roles: atLeast('viewer') },
      schema: { tags, querystring: ClusterListQuery, response: { 200: ClusterPage, ...problemResponses } },
    },
    async ({ query }) => {
      const since =
        query.since ??
        (query.sort === 'size' ? new Date(now().getTime() - DEFAULT_SIZE_WINDOW_MS).toISOString() : null);
      return options.clusters.list({
        sort: query.sort,
        since,
        minSize: query.minSize,
        limit: query.limit,
        cursor: query.cursor ?? null,
      });
    },
  );

  app.get(
    '/api/clusters/:id',
    {
      config: { roles: atLeast('viewer') },
      schema: { tags, params: IdParams, response: { 200: ClusterDetail, ...problemResponses } },
    },
    async ({ params }) => {
      const cluster = await options.clusters.get(params.id);
      if (!cluster) throw notFound(`No cluster ${params.id}`);
      const members = await options.clusters.members(cluster.id, { limit: MAX_MEMBERS });
      return { cluster, members: members.map(withoutSentences) };
    },
  );
}

function withoutSentences(member: ClusterMember): Omit<ClusterMember, 'sentences' | 'clusterId'> {
  const { sentences: _sentences, clusterId: _clusterId, ...rest } = member;
  return rest;
}
