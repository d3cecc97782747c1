// GET /api/sources: every source with its health.
import type { SourceRepository, SourceWithState } from '@presswatch/domain';
import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../schemas/problem.ts';
import { SourceList } from '../schemas/source.ts';

export default async function sourceRoutes(app: FastifyInstance, options: { sources: SourceRepository }) {
  app.get('/api/sources', { schema: { response: { 200: SourceList, ...problemResponses } } }, async () => {
    const sources = await options.sources.list();
    return { sources: sources.map(toView) };
  });
}

function toView(source: SourceWithState) {
  const { state } = source;
  const status = state.lastFetchAt === null ? 'pending' : state.consecutiveErrors > 0 ? 'failing' : 'ok';
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    kind: source.kind,
    render: source.render,
    country: source.country,
    language: source.language,
    domestic: source.domestic,
    minPollSeconds: source.minPollSeconds,
    maxPollSeconds: source.maxPollSeconds,
    enabled: source.enabled,
    health: {
      status,
      nextPollAt: state.nextPollAt,
      lastFetchAt: state.lastFetchAt,
      lastSuccessAt: state.lastSuccessAt,
      lastStatus: state.lastStatus,
      lastError: state.lastError,
      consecutiveErrors: state.consecutiveErrors,
      itemsSeen: state.itemsSeen,
    },
  };
}
