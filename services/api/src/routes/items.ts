// GET /api/items (search with the query language, filters, facets, cursor pagination) and
// GET /api/items/:id.

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  type ClusterStore,
  FACET_FIELDS,
  type FacetField,
  type Item,
  type ItemStore,
  NotFoundError,
  type SearchIndex,
  type SearchRequest,
  type SourceRepository,
} from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { contentHtmlOf } from '../content/content-html.ts';
import { ItemPage, Item as ItemSchema, ItemSearchQuery } from '../schemas/item.ts';
import { problemResponses } from '../schemas/problem.ts';
import { clusterSizes, labelSources } from '../search/hit-context.ts';
import { filtersOf, splitList } from '../search/search-params.ts';

type SearchQuery = Static<typeof ItemSearchQuery>;

/** One item with its text as sanitised HTML (content/content-html.ts). */
const ItemWithHtml = Type.Composite([
  ItemSchema,
  Type.Object({ contentHtml: Type.String({ description: 'the extracted text as sanitised HTML' }) }),
]);

export default async function itemRoutes(
  fastify: FastifyInstance,
  options: { items: ItemStore; search: SearchIndex; clusters: ClusterStore; sources: SourceRepository },
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
      const items = result.hits.map((hit) => hit.item);
      const [sizes, sourceFacet] = await Promise.all([
        clusterSizes(options.clusters, items),
        result.facets.source ? labelSources(options.sources, result.facets.source, items) : undefined,
      ]);
      return {
        items: result.hits.map((hit) => ({
          ...withoutText(hit.item),
          score: hit.score,
          clusterSize: hit.item.clusterId ? (sizes.get(hit.item.clusterId) ?? null) : null,
          highlights: hit.highlights,
        })),
        total: result.total,
        // Large match sets have estimated totals and facet counts (buckets marked approximate).
        totalIsEstimate: result.totalIsEstimate ?? false,
        nextCursor: result.nextCursor,
        facets: sourceFacet ? { ...result.facets, source: sourceFacet } : result.facets,
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
        response: { 200: ItemWithHtml, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const item = await options.items.get(id);
      if (!item) throw new NotFoundError(`No item ${id}`);
      return { ...item, contentHtml: contentHtmlOf(item) };
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
