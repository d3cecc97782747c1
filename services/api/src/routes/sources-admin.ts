// Sources admin: one source, and adding, changing and removing sources (admins). Input has the
// shape of a config/sources.yaml entry and is validated by the domain's source schema (the same
// rules as the sources file and OPML import). A disabled source keeps its state and is not polled
// (the scheduler reads only enabled sources). Entries of the sources file are written again at
// every start, so a change to one of them lasts until the next start unless the file changes too.
//
//   GET /api/sources/:id (any role) · POST /api/sources · PATCH|DELETE /api/sources/:id (admin)
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { parseSource, type Source, type SourceRepository, type SourceWithState } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import { atLeast } from '../accounts/roles.ts';
import { HttpError, notFound } from '../http-error.ts';
import { sendProblem } from '../plugins/problem-details.ts';
import { IdParams } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import { SourceView } from '../schemas/source.ts';
import { toView } from './sources.ts';

const tags = ['sources'];
const ADMIN = { roles: ['admin'] as const };

const SourceDetail = Type.Composite([
  SourceView,
  Type.Object({ selectors: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]) }),
]);

const SourceInput = Type.Object(
  {},
  {
    additionalProperties: true,
    description:
      'A config/sources.yaml entry: id, name, url, kind, render, country, language, domestic, minPollSeconds, maxPollSeconds, selectors, enabled',
  },
);

const detailOf = (source: SourceWithState) => ({
  ...toView(source, new Date()),
  selectors: source.selectors,
});

/** The configured fields of a stored source (without its polling state). */
function configOf({ state: _state, ...source }: SourceWithState): Source {
  return source;
}

function sendInvalid(reply: FastifyReply, error: ZodError): FastifyReply {
  const errors = error.issues.map((i) => ({ path: `/${i.path.join('/')}`, message: i.message }));
  return sendProblem(reply, 400, { detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors });
}

export default async function sourceAdminRoutes(
  fastify: FastifyInstance,
  options: { sources: SourceRepository },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { sources } = options;
  const one = { params: IdParams, response: { 200: SourceDetail, ...problemResponses } };
  const find = async (id: string) => {
    const source = await sources.get(id);
    if (!source) throw notFound(`No source ${id}`);
    return source;
  };

  app.get(
    '/api/sources/:id',
    { config: { roles: atLeast('viewer') }, schema: { tags, ...one } },
    async (request) => detailOf(await find(request.params.id)),
  );

  app.post(
    '/api/sources',
    {
      config: ADMIN,
      schema: { tags, body: SourceInput, response: { 201: SourceDetail, ...problemResponses } },
    },
    async (request, reply) => {
      let source: Source;
      try {
        source = parseSource(request.body);
      } catch (error) {
        if (error instanceof ZodError) return sendInvalid(reply, error);
        throw error;
      }
      if (await sources.get(source.id)) throw new HttpError(409, `A source ${source.id} exists already`);
      await sources.upsert(source);
      await app.audit(request, 'source.create', source.id, { name: source.name, url: source.url });
      return reply.code(201).send(detailOf(await find(source.id)));
    },
  );

  app.patch(
    '/api/sources/:id',
    { config: ADMIN, schema: { tags, ...one, body: SourceInput } },
    async (request, reply) => {
      const current = await find(request.params.id);
      const changes = request.body as Record<string, unknown>;
      if (changes.id !== undefined && changes.id !== current.id)
        return sendProblem(reply, 400, { detail: 'a source id cannot change' });
      let source: Source;
      try {
        source = parseSource({ ...configOf(current), ...changes });
      } catch (error) {
        if (error instanceof ZodError) return sendInvalid(reply, error);
        throw error;
      }
      await sources.upsert(source);
      await app.audit(request, 'source.update', source.id, { changed: Object.keys(changes) });
      return detailOf(await find(source.id));
    },
  );

  app.delete(
    '/api/sources/:id',
    {
      config: ADMIN,
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problemResponses } },
    },
    async (request, reply) => {
      if (!(await sources.delete(request.params.id))) throw notFound(`No source ${request.params.id}`);
      await app.audit(request, 'source.delete', request.params.id);
      return reply.code(204).send(null);
    },
  );
}
