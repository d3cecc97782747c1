// OPML import and export of sources, for administrators.
//
//   GET  /api/sources/opml  → OPML 2.0 of every source (text/x-opml)
//   POST /api/sources/opml  ← an OPML document (text/x-opml, application/xml or text/xml)
//                           → {imported, created, updated, sources, errors}
//
// Import adds new sources and updates those with the same id, keeping their polling state. Every
// valid entry is imported; each rejected one is listed with the reason. A body that is not OPML,
// or holds no subscription, or none that is valid, is a 400 problem. An import is audited
// (source.import) when the audit plugin is registered.
import type { Source, SourceRepository } from '@presswatch/domain';
import { OpmlParseError, sourcesFromOpml, sourcesToOpml } from '@presswatch/ingest';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../plugins/problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';

const OPML_TYPES = ['text/x-opml', 'application/xml', 'text/xml'];
const OPML_BODY_LIMIT = 5 * 1024 * 1024;

const OpmlText = Type.String();
const OpmlBody = Type.String({ minLength: 1, description: 'An OPML 1.0 or 2.0 document' });
const EntryError = Type.Object({
  position: Type.Integer({ description: '1-based position among the subscriptions of the file' }),
  url: Type.String(),
  title: Type.Union([Type.String(), Type.Null()]),
  message: Type.String(),
});
const ImportResult = Type.Object({
  imported: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  sources: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), url: Type.String() })),
  errors: Type.Array(EntryError),
});

export default async function opmlRoutes(app: FastifyInstance, options: { sources: SourceRepository }) {
  // This plugin's scope only: the rest of the API keeps its JSON parser.
  app.addContentTypeParser(
    OPML_TYPES,
    { parseAs: 'string', bodyLimit: OPML_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  const adminOnly = app.requireRole('admin');

  app.get(
    '/api/sources/opml',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['sources'],
        summary: 'Every source as an OPML 2.0 document',
        response: { 200: { content: { 'text/x-opml': { schema: OpmlText } } }, ...problemResponses },
      },
    },
    async (_request, reply) => {
      const opml = sourcesToOpml(await options.sources.list());
      return reply
        .type('text/x-opml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="presswatch-sources.opml"')
        .send(opml);
    },
  );

  app.post<{ Body: string }>(
    '/api/sources/opml',
    {
      preHandler: adminOnly,
      schema: {
        tags: ['sources'],
        summary:
          'Import the subscriptions of an OPML document as sources (new ones added, known ids updated)',
        consumes: OPML_TYPES,
        body: OpmlBody,
        response: { 200: ImportResult, ...problemResponses },
      },
    },
    async (request, reply) => {
      let parsed: ReturnType<typeof sourcesFromOpml>;
      try {
        parsed = sourcesFromOpml(request.body);
      } catch (error) {
        if (error instanceof OpmlParseError) return sendProblem(reply, 400, { detail: error.message });
        throw error;
      }
      const errors = parsed.errors.map((e) => ({
        path: `entry ${e.position}`,
        message: `${e.url}: ${e.message}`,
      }));
      if (parsed.sources.length === 0) {
        const detail = errors.length
          ? 'No valid subscription in the OPML document'
          : 'The OPML document lists no subscription (no outline with xmlUrl)';
        return sendProblem(reply, 400, { detail, ...(errors.length ? { errors } : {}) });
      }
      const created = await upsertAll(options.sources, parsed.sources);
      const counts = { imported: parsed.sources.length, created, updated: parsed.sources.length - created };
      if (app.hasDecorator('audit')) {
        await app.audit(request, 'source.import', null, { ...counts, rejected: parsed.errors.length });
      }
      return {
        ...counts,
        sources: parsed.sources.map(({ id, name, url }) => ({ id, name, url })),
        errors: parsed.errors,
      };
    },
  );
}

/** Upserts every source; returns how many did not exist before. */
async function upsertAll(repository: SourceRepository, sources: Source[]): Promise<number> {
  const existing = new Set((await repository.list()).map((s) => s.id));
  for (const source of sources) await repository.upsert(source);
  return sources.filter((s) => !existing.has(s.id)).length;
}
