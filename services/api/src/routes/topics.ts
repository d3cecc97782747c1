// The classifier's configuration, read-only, for every role: topics with their queries and
// exclusions, and the province gazetteer. Loaded (and validated by the classifier) on first use
// and kept: the files change with a deployment, like the processor's copy.
//
//   GET /api/topics · GET /api/gazetteer
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { atLeast } from '../accounts/roles.ts';
import { type ClassifyDirs, type ClassifyViews, loadClassifyViews } from '../config-views/classify-config.ts';
import { sendProblem } from '../plugins/problem-details.ts';
import { Nullable } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';

const Rule = Type.Object({
  query: Type.String({ description: 'in the query language' }),
  weight: Type.Number(),
  scope: Type.Union([Type.Literal('zones'), Type.Literal('document')], {
    description: 'zones: weighed by where hits are (title, lead, body); document: about the whole article',
  }),
  note: Nullable(Type.String()),
});

const TopicList = Type.Object({
  topics: Type.Array(
    Type.Object({
      id: Type.String(),
      names: Type.Object({ vi: Type.String(), en: Type.String() }),
      description: Nullable(Type.String()),
      threshold: Type.Number(),
      zones: Type.Record(Type.String(), Type.Number()),
      queries: Type.Array(Rule),
      exclusions: Type.Array(Rule),
    }),
  ),
});

const Gazetteer = Type.Object({
  province: Type.Object({ id: Type.String(), name: Type.String(), threshold: Type.Number() }),
  places: Type.Array(
    Type.Object({
      id: Type.String(),
      names: Type.Array(Type.String()),
      kind: Nullable(Type.String()),
      weight: Type.Number(),
      ambiguous: Type.Boolean(),
      note: Nullable(Type.String()),
    }),
  ),
});

export default async function topicRoutes(fastify: FastifyInstance, options: { dirs: ClassifyDirs }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  let views: ClassifyViews | null = null;
  /** The views, or a 503 problem naming what is wrong with the files. */
  const withViews = <T>(reply: FastifyReply, pick: (views: ClassifyViews) => T): T | FastifyReply => {
    try {
      views ??= loadClassifyViews(options.dirs);
    } catch (error) {
      const detail = `The classifier configuration cannot be read: ${(error as Error).message}`;
      return sendProblem(reply, 503, { detail });
    }
    return pick(views);
  };
  const route = (response: typeof TopicList | typeof Gazetteer) => ({
    config: { roles: atLeast('viewer') },
    schema: { tags: ['topics'], response: { 200: response, 503: Type.Ref('Problem'), ...problemResponses } },
  });

  app.get('/api/topics', route(TopicList), async (_request, reply) =>
    withViews(reply, (v) => ({ topics: v.topics })),
  );
  app.get('/api/gazetteer', route(Gazetteer), async (_request, reply) =>
    withViews(reply, (v) => ({ province: v.province, places: v.places })),
  );
}
