// GET /api/sources: every source with its health.
import {
  isSilent,
  type SourceRepository,
  type SourceWithState,
  sourceHealthStatus,
} from '@presswatch/domain';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { problemResponses } from '../schemas/problem.ts';
import { SourceList } from '../schemas/source.ts';

export default async function sourceRoutes(app: FastifyInstance, options: { sources: SourceRepository }) {
  const route = {
    config: { roles: atLeast('viewer') },
    schema: { tags: ['sources'], response: { 200: SourceList, ...problemResponses } },
  };
  app.get('/api/sources', route, async () => {
    const sources = await options.sources.list();
    const now = new Date();
    return { sources: sources.map((source) => toView(source, now)) };
  });
}

export function toView(source: SourceWithState, now: Date) {
  const { state } = source;
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
      status: sourceHealthStatus(source.enabled, state, now),
      silent: isSilent(state, now),
      nextPollAt: state.nextPollAt,
      lastFetchAt: state.lastFetchAt,
      lastSuccessAt: state.lastSuccessAt,
      lastStatus: state.lastStatus,
      lastError: state.lastError,
      consecutiveErrors: state.consecutiveErrors,
      itemsSeen: state.itemsSeen,
      lastNewItemAt: state.lastNewItemAt,
      itemsPerDay: state.itemsPerDay === null ? null : Math.round(state.itemsPerDay * 100) / 100,
    },
  };
}
