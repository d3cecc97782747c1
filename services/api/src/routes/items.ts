// GET /api/items (search with the query language, filters, facets, cursor pagination) and
// GET /api/items/:id.

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  FACET_FIELDS,
  type FacetField,
  type Item,
  type ItemStore,
  NotFoundError,
  type SearchIndex,
  type SearchRequest,
} from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { ItemPage, Item as ItemSchema, ItemSearchQuery } from '../schemas/item.ts';
import { problemResponses } from '../schemas/problem.ts';
import { filtersOf, splitList } from '../search/search-params.ts';

type SearchQuery = Static<typeof ItemSearchQuery>;

export default async function itemRoutes(
  fastify: FastifyInstance,
  options: { items: ItemStore; search: SearchIndex },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/items',
    {
      config: { roles: atLeast('viewer') },
      schema: {
        tags: ['items'],
        querystring: ItemSearchQuery,
        response: { 200: ItemPage, ...problemResponses },
      },
    },
    async (request) => {
      const result = await options.search.search(toSearchRequest(request.query));
      return {
        items: result.hits.map((hit) => ({
          ...withoutText(hit.item),
          score: hit.score,
          highlights: hit.highlights,
        })),
        total: result.total,
        nextCursor: result.nextCursor,
        facets: result.facets,
      };
    },
  );

  app.get(
    '/api/items/:id',
    {
      config: { roles: atLeast('viewer') },
      schema: {
        tags: ['items'],
        params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 200: ItemSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const item = await options.items.get(id);
      if (!item) throw new NotFoundError(`No item ${id}`);
      return item;
    },
  );
}

function toSearchRequest(query: SearchQuery): SearchRequest {
  const facets = splitList(query.facets)?.filter((f): f is FacetField =>
    (FACET_FIELDS as readonly string[]).includes(f),
  );
  return {
    query: parseQuery(query.q ?? ''),
    limit: query.limit,
    cursor: query.cursor ?? null,
    sort: query.sort,
    highlight: query.highlight,
    facets: facets ?? [],
    filters: filtersOf(query),
  };
}

function withoutText(item: Item): Omit<Item, 'text'> {
  const { text: _text, ...rest } = item;
  return rest;
}
