// Saved searches (analyst and up): a query with filters, owned by whoever saved it. Admins may
// see everyone's (?all=true) and open any; others only their own (someone else's is a 404).
//   GET    /api/saved-searches              own, newest first (cursor)
//   POST   /api/saved-searches              {name, query, filters} → 201
//   GET    /api/saved-searches/:id
//   PATCH  /api/saved-searches/:id          {name?, query?, filters?}
//   DELETE /api/saved-searches/:id
//   GET    /api/saved-searches/:id/items    run it (cursor)
//   POST   /api/saved-searches/:id/feed     issue (or replace) its Atom feed URL, shown once
//   DELETE /api/saved-searches/:id/feed     revoke the feed URL
import { randomBytes, randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SavedSearch, SavedSearchRepository, SearchIndex } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ownerKeyOf } from '../accounts/principal.ts';
import { atLeast } from '../accounts/roles.ts';
import { notFound } from '../http-error.ts';
import { IdParams } from '../schemas/common.ts';
import { ItemPage } from '../schemas/item.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  FeedIssued,
  NewSavedSearch,
  SavedItemsQuery,
  SavedSearchListQuery,
  SavedSearchPage,
  SavedSearchPatch,
  SavedSearchView,
} from '../schemas/saved-search.ts';
import { feedTokenHash } from './feeds.ts';

export interface SavedSearchRouteOptions {
  stores: { savedSearches: SavedSearchRepository; search: SearchIndex };
  publicUrl: string | null;
}

const ANALYST = { roles: atLeast('analyst') };
const tags = ['saved searches'];

export default async function savedSearchRoutes(fastify: FastifyInstance, options: SavedSearchRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { savedSearches, search } = options.stores;

  async function findOwn(request: FastifyRequest, id: string): Promise<SavedSearch> {
    const principal = request.principal!;
    const saved = await savedSearches.get(id);
    if (!saved || (principal.role !== 'admin' && saved.ownerId !== ownerKeyOf(principal))) {
      throw notFound(`No saved search ${id}`);
    }
    return saved;
  }

  app.get(
    '/api/saved-searches',
    {
      config: ANALYST,
      schema: {
        tags,
        querystring: SavedSearchListQuery,
        response: { 200: SavedSearchPage, ...problemResponses },
      },
    },
    async (request) => {
      const principal = request.principal!;
      const everyone = request.query.all && principal.role === 'admin';
      return savedSearches.list({
        ...(everyone ? {} : { ownerId: ownerKeyOf(principal) }),
        limit: request.query.limit,
        cursor: request.query.cursor ?? null,
      });
    },
  );

  app.post(
    '/api/saved-searches',
    {
      config: ANALYST,
      schema: { tags, body: NewSavedSearch, response: { 201: SavedSearchView, ...problemResponses } },
    },
    async (request, reply) => {
      parseQuery(request.body.query); // a query that does not parse is a 400 with its column
      const now = new Date().toISOString();
      const saved = await savedSearches.create({
        id: randomUUID(),
        ownerId: ownerKeyOf(request.principal!),
        name: request.body.name,
        query: request.body.query,
        filters: request.body.filters ?? {},
        createdAt: now,
        updatedAt: now,
      });
      await app.audit(request, 'saved_search.create', saved.id, { name: saved.name });
      return reply.code(201).send(saved);
    },
  );

  app.get(
    '/api/saved-searches/:id',
    {
      config: ANALYST,
      schema: { tags, params: IdParams, response: { 200: SavedSearchView, ...problemResponses } },
    },
    async (request) => findOwn(request, request.params.id),
  );

  app.patch(
    '/api/saved-searches/:id',
    {
      config: ANALYST,
      schema: {
        tags,
        params: IdParams,
        body: SavedSearchPatch,
        response: { 200: SavedSearchView, ...problemResponses },
      },
    },
    async (request) => {
      const saved = await findOwn(request, request.params.id);
      if (request.body.query !== undefined) parseQuery(request.body.query);
      const updated = { ...saved, ...request.body, updatedAt: new Date().toISOString() };
      await savedSearches.update(updated);
      await app.audit(request, 'saved_search.update', saved.id, { changed: Object.keys(request.body) });
      return updated;
    },
  );

  app.delete(
    '/api/saved-searches/:id',
    {
      config: ANALYST,
      schema: { tags, params: IdParams, response: { 204: { type: 'null' }, ...problemResponses } },
    },
    async (request, reply) => {
      const saved = await findOwn(request, request.params.id);
      await savedSearches.delete(saved.id);
      await app.audit(request, 'saved_search.delete', saved.id, { name: saved.name });
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/saved-searches/:id/items',
    {
      config: ANALYST,
      schema: {
        tags,
        params: IdParams,
        querystring: SavedItemsQuery,
        response: { 200: ItemPage, ...problemResponses },
      },
    },
    async (request) => {
      const saved = await findOwn(request, request.params.id);
      const result = await search.search({
        query: parseQuery(saved.query),
        filters: saved.filters,
        limit: request.query.limit,
        cursor: request.query.cursor ?? null,
        highlight: true,
      });
      return {
        items: result.hits.map(({ item: { text: _text, ...item }, score, highlights }) => ({
          ...item,
          score,
          highlights,
        })),
        total: result.total,
        totalIsEstimate: result.totalIsEstimate ?? false,
        nextCursor: result.nextCursor,
        facets: {},
      };
    },
  );

  app.post(
    '/api/saved-searches/:id/feed',
    {
      config: ANALYST,
      schema: { tags, params: IdParams, response: { 201: FeedIssued, ...problemResponses } },
    },
    async (request, reply) => {
      const saved = await findOwn(request, request.params.id);
      const token = `pwf_${randomBytes(32).toString('base64url')}`;
      await savedSearches.setFeedTokenHash(saved.id, feedTokenHash(token));
      await app.audit(request, 'saved_search.feed_issue', saved.id, { replaced: saved.feedEnabled });
      const base = options.publicUrl ?? `${request.protocol}://${request.host}`;
      return reply.code(201).send({ feedUrl: new URL(`/feeds/saved/${token}.atom`, base).toString() });
    },
  );

  app.delete(
    '/api/saved-searches/:id/feed',
    {
      config: ANALYST,
      schema: { tags, params: IdParams, response: { 204: { type: 'null' }, ...problemResponses } },
    },
    async (request, reply) => {
      const saved = await findOwn(request, request.params.id);
      await savedSearches.setFeedTokenHash(saved.id, null);
      await app.audit(request, 'saved_search.feed_revoke', saved.id);
      return reply.code(204).send();
    },
  );
}
