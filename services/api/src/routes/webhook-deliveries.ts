// A subscription's delivery log, one delivery with the exact body sent, manual redelivery and a
// test message; registered by webhooks.ts. Redeliveries and tests are enqueued for the notifier
// like any other delivery.
//
//   POST /api/webhooks/:id/test · GET /api/webhooks/:id/deliveries
//   GET /api/deliveries/:id · POST /api/deliveries/:id/redeliver
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { createManualDeliveries, uiLinks } from '@presswatch/alerts';
import { DELIVERY_STATUSES, deliverQueue, NotFoundError, type WebhookSubscription } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sendProblem } from '../plugins/problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';
import { type AlertingRouteOptions, audit, ROLES_WEBHOOKS, withAlertingErrors } from './alerting-support.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

const Attempt = Type.Object({
  at: Type.String(),
  status: Type.Union([Type.Integer(), Type.Null()]),
  error: NullableString,
  durationMs: Type.Number(),
});
const DeliveryView = Type.Object({
  id: Type.String(),
  subscriptionId: Type.String(),
  status: Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s))),
  entries: Type.Array(
    Type.Object({
      alertId: NullableString,
      event: Type.String(),
      itemIds: Type.Array(Type.String()),
      at: Type.String(),
    }),
  ),
  heldUntil: NullableString,
  createdAt: Type.String(),
  sealedAt: NullableString,
  attempts: Type.Array(Attempt),
  nextAttemptAt: NullableString,
  deliveredAt: NullableString,
  redeliveryOf: NullableString,
});
const DeliveryWithBody = Type.Intersect([
  DeliveryView,
  Type.Object({ body: NullableString, contentType: NullableString }),
]);

const DeliveryQuery = Type.Object({
  status: Type.Optional(Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)))),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

export interface DeliveryRouteOptions extends AlertingRouteOptions {
  /** The subscription by id; throws NotFoundError. */
  subscriptionOf(id: string): Promise<WebhookSubscription>;
}

export default async function webhookDeliveryRoutes(fastify: FastifyInstance, options: DeliveryRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { deliveries } = options.stores;
  const { subscriptionOf } = options;
  const admin = { config: { roles: ROLES_WEBHOOKS } };
  const manual = options.queues
    ? createManualDeliveries({ deliveries, deliverQueue: options.queues.queue(deliverQueue) })
    : null;
  const noQueue = (reply: FastifyReply) => sendProblem(reply, 503, { detail: 'no queue to send through' });
  const links = uiLinks(options.publicUrl);

  app.post(
    '/api/webhooks/:id/test',
    {
      ...admin,
      schema: {
        params: Params,
        response: { 202: DeliveryView, 503: Type.Ref('Problem'), ...problemResponses },
      },
    },
    async (request, reply) => {
      if (!manual) return noQueue(reply);
      const delivery = await manual.sendTest(await subscriptionOf(request.params.id), links.home());
      await audit(app, request, 'webhook.test', request.params.id, { deliveryId: delivery.id });
      return reply.code(202).send(delivery);
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      ...admin,
      schema: {
        params: Params,
        querystring: DeliveryQuery,
        response: {
          200: Type.Object({ deliveries: Type.Array(DeliveryView), nextCursor: NullableString }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      await subscriptionOf(request.params.id);
      return deliveries.list({ subscriptionId: request.params.id, ...request.query });
    },
  );

  app.get(
    '/api/deliveries/:id',
    { ...admin, schema: { params: Params, response: { 200: DeliveryWithBody, ...problemResponses } } },
    async (request) => {
      const delivery = await deliveries.get(request.params.id);
      if (!delivery) throw new NotFoundError(`No delivery ${request.params.id}`);
      return delivery;
    },
  );

  app.post(
    '/api/deliveries/:id/redeliver',
    {
      ...admin,
      schema: {
        params: Params,
        response: {
          202: DeliveryView,
          409: Type.Ref('Problem'),
          503: Type.Ref('Problem'),
          ...problemResponses,
        },
      },
    },
    (request, reply) =>
      withAlertingErrors(reply, async () => {
        if (!manual) return noQueue(reply);
        const delivery = await manual.redeliver(request.params.id);
        await audit(app, request, 'delivery.redeliver', request.params.id, { deliveryId: delivery.id });
        return reply.code(202).send(delivery);
      }),
  );
}
