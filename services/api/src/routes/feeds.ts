// GET /feeds/saved/<token>.atom: the Atom feed of a saved search (its newest 50 items). The
// random token in the URL is the only credential (feed readers cannot log in); it is stored
// hashed, revoked or replaced through /api/saved-searches/:id/feed, cut out of the logs, and dies
// with its owner's account.
import { createHash } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SavedSearchRepository, SearchIndex, UserRepository } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../http-error.ts';
import { problemResponses } from '../schemas/problem.ts';
import { atomFeed } from '../search/atom.ts';

export const FEED_ITEMS = 50;
export const FEED_TOKEN_PATTERN = '^pwf_[A-Za-z0-9_-]{20,100}$';

export const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface FeedRouteOptions {
  stores: { savedSearches: SavedSearchRepository; search: SearchIndex; users: UserRepository };
  /** Base of the feed's self link (http.publicUrl, else the request's host). */
  publicUrl: string | null;
}

export default async function feedRoutes(fastify: FastifyInstance, options: FeedRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { savedSearches, search, users } = options.stores;

  app.get(
    '/feeds/saved/:token.atom',
    {
      config: { roles: 'public' },
      schema: {
        tags: ['exports'],
        description: 'Atom feed of a saved search; the token is the credential.',
        params: Type.Object({ token: Type.String({ pattern: FEED_TOKEN_PATTERN }) }),
        produces: ['application/atom+xml'],
        response: { 200: Type.String({ description: 'application/atom+xml' }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const saved = await savedSearches.findByFeedTokenHash(feedTokenHash(request.params.token));
      const owner = saved && !saved.ownerId.startsWith('token:') ? await users.get(saved.ownerId) : null;
      if (!saved || (!saved.ownerId.startsWith('token:') && (!owner || owner.disabled))) {
        throw notFound('No such feed');
      }
      const result = await search.search({
        query: parseQuery(saved.query),
        filters: saved.filters,
        sort: 'time',
        limit: FEED_ITEMS,
        highlight: false,
      });
      const base = options.publicUrl ?? `${request.protocol}://${request.host}`;
      const body = atomFeed({
        id: `urn:presswatch:saved-search:${saved.id}`,
        title: `PressWatch: ${saved.name}`,
        selfUrl: new URL(`/feeds/saved/${request.params.token}.atom`, base).toString(),
        updated: saved.updatedAt,
        items: result.hits.map((hit) => hit.item),
      });
      return reply
        .type('application/atom+xml; charset=utf-8')
        .header('cache-control', 'private, max-age=60')
        .send(body);
    },
  );
}
