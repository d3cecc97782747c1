// Exports of a search, streamed page by page (an export of 100k items never sits in memory):
//   GET /api/items/export.csv     text/csv (UTF-8 with BOM, CRLF)
//   GET /api/items/export.ndjson  application/x-ndjson, one item per line
// Query: q, source, lang, country, domestic, from, to, sort, max (default 100,000), text.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Item, SearchIndex } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { CsvBody, ExportQuery, NdjsonBody } from '../schemas/export.ts';
import { problemResponses } from '../schemas/problem.ts';
import { CSV_BOM, csvHeader, csvRow } from '../search/csv.ts';
import { type ItemEncoder, openExport } from '../search/export-stream.ts';
import { filtersOf } from '../search/search-params.ts';

type Query = Static<typeof ExportQuery>;

function withoutText(item: Item): Omit<Item, 'text'> {
  const { text: _text, ...rest } = item;
  return rest;
}

const encoders = {
  csv: (withText: boolean): ItemEncoder => ({
    header: CSV_BOM + csvHeader(withText),
    encode: (item) => csvRow(item, withText),
  }),
  ndjson: (withText: boolean): ItemEncoder => ({
    header: '',
    encode: (item) => `${JSON.stringify(withText ? item : withoutText(item))}\n`,
  }),
};

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson; charset=utf-8' };

export default async function exportRoutes(
  fastify: FastifyInstance,
  options: { search: SearchIndex; pageSize: number },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  async function sendExport(format: 'csv' | 'ndjson', query: Query, reply: FastifyReply) {
    const stream = await openExport(
      options.search,
      {
        query: parseQuery(query.q ?? ''),
        filters: filtersOf(query),
        sort: query.sort,
        pageSize: options.pageSize,
        max: query.max,
      },
      encoders[format](query.text),
    );
    const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-');
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="presswatch-${stamp}.${format}"`)
      .header('cache-control', 'no-store')
      .send(stream);
  }

  for (const format of ['csv', 'ndjson'] as const) {
    app.get(
      `/api/items/export.${format}`,
      {
        config: { roles: atLeast('viewer') },
        schema: {
          tags: ['exports'],
          querystring: ExportQuery,
          produces: [CONTENT_TYPES[format].split(';')[0]!],
          response: { 200: format === 'csv' ? CsvBody : NdjsonBody, ...problemResponses },
        },
      },
      async (request, reply) => sendExport(format, request.query, reply),
    );
  }
}
