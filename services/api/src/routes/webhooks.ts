// Webhook subscriptions (per rule through a rule's channels, or per topic). The signing secret is
// shown once (on create and rotate) and chat URLs, which are credentials, come back masked. The
// delivery log, redelivery and test messages are in webhook-deliveries.ts.
//
//   GET|POST /api/webhooks · GET|PATCH|DELETE /api/webhooks/:id · POST /api/webhooks/:id/rotate-secret
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { maskUrl, newWebhookSecret } from '@presswatch/alerts';
import {
  NotFoundError,
  WEBHOOK_FORMATS,
  type WebhookRepository,
  type WebhookSubscription,
} from '@presswatch/domain';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../plugins/problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  type AlertingRouteOptions,
  audit,
  ROLES_WEBHOOKS,
  type TypedApp,
  userIdOf,
} from './alerting-support.ts';
import webhookDeliveryRoutes from './webhook-deliveries.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

const subscriptionFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2000 }),
  format: Type.Union(
    WEBHOOK_FORMATS.map((f) => Type.Literal(f)),
    { description: 'json, slack or telegram' },
  ),
  telegramChatId: Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()]),
  topics: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
    maxItems: 50,
    description: 'also receive alerts about these topics',
  }),
  ratePerMinute: Type.Integer({ minimum: 1, maximum: 600 }),
  locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
  enabled: Type.Boolean(),
};
const Input = Type.Partial(Type.Object(subscriptionFields));
const NewSubscription = Type.Intersect([
  Type.Object({
    name: subscriptionFields.name,
    url: subscriptionFields.url,
    format: subscriptionFields.format,
  }),
  Input,
]);
type InputT = Static<typeof Input>;

const SubscriptionView = Type.Object({
  id: Type.String(),
  ...subscriptionFields,
  url: Type.String({ description: 'masked: origin only' }),
  ownerId: NullableString,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const WithSecret = Type.Intersect([
  SubscriptionView,
  Type.Object({ secret: Type.String({ description: 'shown once' }) }),
]);

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const DEFAULT_RATE: Record<WebhookSubscription['format'], number> = { json: 30, slack: 20, telegram: 12 };

const view = ({ secret: _secret, ...subscription }: WebhookSubscription) => ({
  ...subscription,
  url: maskUrl(subscription.url),
});

export default async function webhookRoutes(fastify: FastifyInstance, options: AlertingRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { webhooks } = options.stores;
  const subscriptionOf = async (id: string): Promise<WebhookSubscription> => {
    const subscription = await webhooks.get(id);
    if (!subscription) throw new NotFoundError(`No webhook ${id}`);
    return subscription;
  };
  readRoutes(app, webhooks, subscriptionOf);
  writeRoutes(app, webhooks, subscriptionOf);
  await app.register(webhookDeliveryRoutes, { ...options, subscriptionOf });
}

const admin = { config: { roles: ROLES_WEBHOOKS } };
const one = { params: Params, response: { 200: SubscriptionView, ...problemResponses } };

function readRoutes(app: TypedApp, webhooks: WebhookRepository, subscriptionOf: SubscriptionOf) {
  const list = { 200: Type.Object({ webhooks: Type.Array(SubscriptionView) }), ...problemResponses };
  app.get('/api/webhooks', { ...admin, schema: { response: list } }, async () => ({
    webhooks: (await webhooks.list()).map(view),
  }));
  app.get('/api/webhooks/:id', { ...admin, schema: one }, async (request) =>
    view(await subscriptionOf(request.params.id)),
  );
}

function writeRoutes(app: TypedApp, webhooks: WebhookRepository, subscriptionOf: SubscriptionOf) {
  const withSecret = { ...problemResponses, 200: WithSecret, 201: WithSecret };
  app.post(
    '/api/webhooks',
    { ...admin, schema: { body: NewSubscription, response: withSecret } },
    async (request, reply) => {
      const now = new Date().toISOString();
      const { format } = request.body;
      const subscription = checked({
        id: `wh_${randomUUID()}`,
        secret: newWebhookSecret(),
        telegramChatId: null,
        topics: [],
        ratePerMinute: DEFAULT_RATE[format],
        locale: 'vi',
        enabled: true,
        ownerId: userIdOf(request),
        createdAt: now,
        updatedAt: now,
        ...request.body,
      });
      if (typeof subscription === 'string') return sendProblem(reply, 400, { detail: subscription });
      await webhooks.save(subscription);
      await audit(app, request, 'webhook.create', subscription.id, { name: subscription.name, format });
      return reply.code(201).send({ ...view(subscription), secret: subscription.secret });
    },
  );

  app.patch('/api/webhooks/:id', { ...admin, schema: { ...one, body: Input } }, async (request, reply) => {
    const current = await subscriptionOf(request.params.id);
    const subscription = checked({ ...current, ...request.body, updatedAt: new Date().toISOString() });
    if (typeof subscription === 'string') return sendProblem(reply, 400, { detail: subscription });
    await webhooks.save(subscription);
    await audit(app, request, 'webhook.update', subscription.id, {
      fields: Object.keys(request.body as InputT),
    });
    return view(subscription);
  });

  const gone = { 204: Type.Null(), ...problemResponses };
  app.delete(
    '/api/webhooks/:id',
    { ...admin, schema: { params: Params, response: gone } },
    async (request, reply) => {
      if (!(await webhooks.delete(request.params.id)))
        throw new NotFoundError(`No webhook ${request.params.id}`);
      await audit(app, request, 'webhook.delete', request.params.id);
      return reply.code(204).send(null);
    },
  );

  const rotate = { params: Params, response: withSecret };
  app.post('/api/webhooks/:id/rotate-secret', { ...admin, schema: rotate }, async (request) => {
    const current = await subscriptionOf(request.params.id);
    const subscription = { ...current, secret: newWebhookSecret(), updatedAt: new Date().toISOString() };
    await webhooks.save(subscription);
    await audit(app, request, 'webhook.rotate-secret', subscription.id);
    return { ...view(subscription), secret: subscription.secret };
  });
}

type SubscriptionOf = (id: string) => Promise<WebhookSubscription>;

/** The subscription, or what is wrong with it. */
function checked(subscription: WebhookSubscription): WebhookSubscription | string {
  if (subscription.format === 'telegram' && !subscription.telegramChatId)
    return 'a telegram subscription needs telegramChatId';
  return subscription;
}
