// Analyst feedback on an item: relevant / not relevant, a topic added / removed. Each call appends
// to the item's log with who said it and when; the labels the item has now are the latest word on
// each question. The topic model trains on these labels (@presswatch/topic-model).
//   POST /api/items/:id/feedback   analyst and up: {kind, topic?, note?} → 201 {feedback, labels}
//   GET  /api/items/:id/feedback   viewer and up: {feedback (oldest first), labels}
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  FEEDBACK_KINDS,
  type FeedbackRepository,
  feedbackLabels,
  type ItemFeedback,
  type ItemStore,
} from '@presswatch/domain';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../accounts/principal.ts';
import { atLeast } from '../accounts/roles.ts';
import { badRequest, notFound } from '../http-error.ts';
import { IdParams, Nullable } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';

const TOPIC = Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$', description: 'A topic id, e.g. border' });

const NewFeedback = Type.Object(
  {
    kind: Type.Union(FEEDBACK_KINDS.map((kind) => Type.Literal(kind))),
    topic: Type.Optional(TOPIC),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

const Feedback = Type.Object({
  id: Type.String(),
  itemId: Type.String(),
  kind: Type.String(),
  topic: Nullable(Type.String()),
  actor: Type.String({ description: '"user:<id>" or "token:<id>"' }),
  at: Type.String({ format: 'date-time' }),
  note: Nullable(Type.String()),
});

const Labels = Type.Object({
  relevant: Type.Union([Type.Boolean(), Type.Null()]),
  topics: Type.Record(Type.String(), Type.Boolean(), { description: 'true: added, false: removed' }),
});

const FeedbackLog = Type.Object({ feedback: Type.Array(Feedback), labels: Labels });
const FeedbackCreated = Type.Object({ feedback: Feedback, labels: Labels });

const tags = ['items'];

export interface FeedbackRouteOptions {
  items: ItemStore;
  feedback: FeedbackRepository;
  now?: () => Date;
}

export default async function feedbackRoutes(fastify: FastifyInstance, options: FeedbackRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const now = options.now ?? (() => new Date());

  async function requireItem(id: string): Promise<void> {
    if (!(await options.items.existing([id])).has(id)) throw notFound(`No item ${id}`);
  }

  app.post(
    '/api/items/:id/feedback',
    {
      config: { roles: atLeast('analyst') },
      schema: {
        tags,
        params: IdParams,
        body: NewFeedback,
        response: { 201: FeedbackCreated, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const topic = topicOf(request.body);
      await requireItem(id);
      const entry = await options.feedback.add({
        itemId: id,
        kind: request.body.kind,
        topic,
        actor: actorOf(request.principal),
        at: now().toISOString(),
        note: request.body.note ?? null,
      });
      await app.audit(request, 'item.feedback', id, { kind: entry.kind, topic: entry.topic });
      const labels = feedbackLabels(await options.feedback.forItem(id));
      return reply.code(201).send({ feedback: entry, labels });
    },
  );

  app.get(
    '/api/items/:id/feedback',
    {
      config: { roles: atLeast('viewer') },
      schema: { tags, params: IdParams, response: { 200: FeedbackLog, ...problemResponses } },
    },
    async ({ params }) => {
      await requireItem(params.id);
      const feedback: ItemFeedback[] = await options.feedback.forItem(params.id);
      return { feedback, labels: feedbackLabels(feedback) };
    },
  );
}

/** topic_added / topic_removed need a topic; relevant / not_relevant take none. */
function topicOf(body: Static<typeof NewFeedback>): string | null {
  const aboutTopic = body.kind === 'topic_added' || body.kind === 'topic_removed';
  if (aboutTopic && !body.topic) throw badRequest(`${body.kind} needs a topic`);
  if (!aboutTopic && body.topic) throw badRequest(`${body.kind} takes no topic`);
  return body.topic ?? null;
}
