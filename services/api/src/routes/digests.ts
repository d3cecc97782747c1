// Daily digest subscriptions (per user), their send log and a preview rendered for the browser.
// People manage their own subscriptions; administrators anyone's.
//
//   GET|POST /api/digests · GET|PATCH|DELETE /api/digests/:id · GET /api/digests/:id/sends
//   GET /api/digests/:id/preview?day=YYYY-MM-DD&format=html|text
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  composeDigest,
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  localDay,
  previousDay,
  renderDigestHtml,
  renderDigestText,
  uiLinks,
} from '@presswatch/alerts';
import {
  DIGEST_AUDIENCES,
  type DigestRepository,
  type DigestSubscription,
  NotFoundError,
} from '@presswatch/domain';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from '../plugins/problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  type AlertingRouteOptions,
  audit,
  isAdmin,
  ROLES_READ,
  type TypedApp,
  userIdOf,
} from './alerting-support.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

const digestFields = {
  userId: Type.String({ minLength: 1, maxLength: 100, description: 'admins only; default: the caller' }),
  email: Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Null()], {
    description: "default: the user's address",
  }),
  topics: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
    maxItems: 50,
    description: 'empty: every topic',
  }),
  audience: Type.Union(DIGEST_AUDIENCES.map((a) => Type.Literal(a))),
  minRelevance: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  sendAt: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'local HH:MM' }),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  locale: Type.Union([Type.Literal('vi'), Type.Literal('en')]),
  enabled: Type.Boolean(),
};
const Input = Type.Partial(Type.Object(digestFields));
type InputT = Static<typeof Input>;
const DigestView = Type.Object({
  id: Type.String(),
  ...digestFields,
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const SendView = Type.Object({
  subscriptionId: Type.String(),
  day: Type.String(),
  status: Type.String(),
  at: Type.String(),
  messageId: NullableString,
  itemCount: Type.Integer(),
  error: NullableString,
});
const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const PreviewQuery = Type.Object({
  day: Type.Optional(
    Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'default: yesterday in the subscription time zone',
    }),
  ),
  format: Type.Union([Type.Literal('html'), Type.Literal('text')], { default: 'html' }),
});

export default async function digestRoutes(fastify: FastifyInstance, options: AlertingRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const mine = ownedBy(options.stores.digests);
  readRoutes(app, options, mine);
  writeRoutes(app, options, mine);
  previewRoute(app, options, mine);
}

const anyone = { config: { roles: ROLES_READ } };
type Mine = ReturnType<typeof ownedBy>;

/** The subscription when the caller owns it or is an admin; else 404 (no hint that it exists). */
function ownedBy(digests: DigestRepository) {
  return async (request: FastifyRequest, id: string): Promise<DigestSubscription> => {
    const subscription = await digests.get(id);
    if (!subscription || (!isAdmin(request) && subscription.userId !== userIdOf(request))) {
      throw new NotFoundError(`No digest subscription ${id}`);
    }
    return subscription;
  };
}

function readRoutes(app: TypedApp, options: AlertingRouteOptions, mine: Mine) {
  const { digests } = options.stores;
  const listed = {
    querystring: Type.Object({ userId: Type.Optional(Type.String({ maxLength: 100 })) }),
    response: { 200: Type.Object({ digests: Type.Array(DigestView) }), ...problemResponses },
  };
  app.get('/api/digests', { ...anyone, schema: listed }, async (request) => {
    // Admins see everyone's (or one user's); others their own.
    const userId = isAdmin(request) ? request.query.userId : (userIdOf(request) ?? '');
    return { digests: await digests.list(userId === undefined ? undefined : { userId }) };
  });
  const one = { params: Params, response: { 200: DigestView, ...problemResponses } };
  app.get('/api/digests/:id', { ...anyone, schema: one }, async (request) =>
    mine(request, request.params.id),
  );
  const sends = {
    params: Params,
    response: { 200: Type.Object({ sends: Type.Array(SendView) }), ...problemResponses },
  };
  app.get('/api/digests/:id/sends', { ...anyone, schema: sends }, async (request) => {
    await mine(request, request.params.id);
    return { sends: await digests.listSends(request.params.id, 60) };
  });
}

function writeRoutes(app: TypedApp, options: AlertingRouteOptions, mine: Mine) {
  const { digests, users } = options.stores;
  app.post(
    '/api/digests',
    { ...anyone, schema: { body: Input, response: { 201: DigestView, ...problemResponses } } },
    async (request, reply) => {
      const userId = request.body.userId ?? userIdOf(request);
      if (!userId)
        return sendProblem(reply, 400, { detail: 'userId is required for a token without a user' });
      if (userId !== userIdOf(request) && !isAdmin(request))
        return sendProblem(reply, 403, { detail: 'only admins subscribe others' });
      const user = users ? await users.get(userId) : null;
      if (users && !user) return sendProblem(reply, 400, { detail: `No user ${userId}` });
      const now = new Date().toISOString();
      const subscription: DigestSubscription = {
        id: `dg_${randomUUID()}`,
        email: null,
        topics: [],
        audience: 'all',
        minRelevance: null,
        sendAt: '07:00',
        timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE,
        locale: user?.locale ?? 'vi',
        enabled: true,
        createdAt: now,
        updatedAt: now,
        ...request.body,
        userId,
      };
      const problem = check(subscription, users !== undefined);
      if (problem) return sendProblem(reply, 400, { detail: problem });
      await digests.save(subscription);
      await audit(app, request, 'digest.create', subscription.id, { userId });
      return reply.code(201).send(subscription);
    },
  );

  const edited = { params: Params, body: Input, response: { 200: DigestView, ...problemResponses } };
  app.patch('/api/digests/:id', { ...anyone, schema: edited }, async (request, reply) => {
    const current = await mine(request, request.params.id);
    const body: InputT = request.body;
    if (body.userId !== undefined && body.userId !== current.userId && !isAdmin(request)) {
      return sendProblem(reply, 403, { detail: 'only admins move a subscription to another user' });
    }
    const subscription = { ...current, ...body, updatedAt: new Date().toISOString() };
    const problem = check(subscription, users !== undefined);
    if (problem) return sendProblem(reply, 400, { detail: problem });
    await digests.save(subscription);
    await audit(app, request, 'digest.update', subscription.id, { fields: Object.keys(body) });
    return subscription;
  });

  const gone = { params: Params, response: { 204: Type.Null(), ...problemResponses } };
  app.delete('/api/digests/:id', { ...anyone, schema: gone }, async (request, reply) => {
    await mine(request, request.params.id);
    await digests.delete(request.params.id);
    await audit(app, request, 'digest.delete', request.params.id);
    return reply.code(204).send(null);
  });
}

/** The digest as it would be sent, for the browser (HTML) or as its plain-text part. */
function previewRoute(app: TypedApp, options: AlertingRouteOptions, mine: Mine) {
  const links = uiLinks(options.publicUrl);
  const schema = {
    params: Params,
    querystring: PreviewQuery,
    response: { 200: Type.String(), ...problemResponses },
  };
  app.get('/api/digests/:id/preview', { ...anyone, schema }, async (request, reply) => {
    const subscription = await mine(request, request.params.id);
    const day = request.query.day ?? previousDay(localDay(new Date(), subscription.timeZone));
    const digest = await composeDigest(subscription, day, { search: options.stores.search, links });
    if (request.query.format === 'text')
      return reply.type('text/plain; charset=utf-8').send(renderDigestText(digest));
    // The digest's own HTML: no scripts, every text escaped; keep the page from loading anything else.
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    return reply.type('text/html; charset=utf-8').send(renderDigestHtml(digest));
  });
}

function check(subscription: DigestSubscription, hasUsers: boolean): string | null {
  if (!isValidTimeZone(subscription.timeZone)) return `unknown time zone ${subscription.timeZone}`;
  if (!hasUsers && !subscription.email) return 'email is required until user accounts exist';
  return null;
}
