// The alert inbox: list with filters, one alert with its items, status transitions, assignment,
// notes and bulk acknowledge. Changes run inside AlertRepository.mutate, so two people acting on
// one alert (or a cluster growing meanwhile) never overwrite each other.
//
//   GET /api/alerts · GET /api/alerts/:id · POST /api/alerts/:id/{transition,assign,notes}
//   POST /api/alerts/acknowledge
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { acknowledgeIfNew, addNote, assign, transition } from '@presswatch/alerts';
import { ALERT_STATUSES, type Alert, type AlertStatus, NotFoundError } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../plugins/problem-details.ts';
import { problemResponses } from '../schemas/problem.ts';
import {
  type AlertingRouteOptions,
  actorOf,
  audit,
  ROLES_READ,
  ROLES_TRIAGE,
  type TypedApp,
  withAlertingErrors,
} from './alerting-support.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);
const Status = Type.Union(ALERT_STATUSES.map((s) => Type.Literal(s)));

export const AlertView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal('match'), Type.Literal('spike')]),
  ruleId: NullableString,
  clusterId: NullableString,
  itemIds: Type.Array(Type.String()),
  topics: Type.Array(Type.String()),
  spike: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  status: Status,
  assigneeId: NullableString,
  notes: Type.Array(Type.Object({ at: Type.String(), author: Type.String(), text: Type.String() })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  lastMatchAt: Type.String(),
  resolvedAt: NullableString,
});

const AlertItem = Type.Object({
  id: Type.String(),
  title: Type.String(),
  url: Type.String(),
  sourceName: Type.String(),
  country: NullableString,
  language: NullableString,
  publishedAt: NullableString,
});

const ListQuery = Type.Object({
  status: Type.Optional(Type.String({ description: 'comma list of new,acknowledged,assigned,resolved' })),
  ruleId: Type.Optional(Type.String({ maxLength: 100 })),
  topic: Type.Optional(Type.String({ maxLength: 100 })),
  kind: Type.Optional(Type.Union([Type.Literal('match'), Type.Literal('spike')])),
  assigneeId: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
});

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Note = Type.Optional(Type.String({ maxLength: 4000 }));
const ITEMS_SHOWN = 50;

export default async function alertRoutes(fastify: FastifyInstance, options: AlertingRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  readRoutes(app, options);
  changeRoutes(app, options);
  bulkAcknowledgeRoute(app, options);
}

const read = { config: { roles: ROLES_READ } };
const triage = { config: { roles: ROLES_TRIAGE } };

function readRoutes(app: TypedApp, options: AlertingRouteOptions) {
  const { alerts, items } = options.stores;
  const page = {
    200: Type.Object({ alerts: Type.Array(AlertView), nextCursor: NullableString }),
    ...problemResponses,
  };
  app.get(
    '/api/alerts',
    { ...read, schema: { querystring: ListQuery, response: page } },
    async (request, reply) => {
      const { status, ...rest } = request.query;
      const statuses =
        status
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean) ?? [];
      const unknown = statuses.find((s) => !(ALERT_STATUSES as readonly string[]).includes(s));
      if (unknown) return sendProblem(reply, 400, { detail: `unknown status ${unknown}` });
      return alerts.list({ ...rest, status: statuses.length ? (statuses as AlertStatus[]) : undefined });
    },
  );

  const withItems = Type.Intersect([AlertView, Type.Object({ items: Type.Array(AlertItem) })]);
  const one = { params: Params, response: { 200: withItems, ...problemResponses } };
  app.get('/api/alerts/:id', { ...read, schema: one }, async (request) => {
    const alert = await alerts.get(request.params.id);
    if (!alert) throw new NotFoundError(`No alert ${request.params.id}`);
    const shown = [];
    for (const id of alert.itemIds.slice(0, ITEMS_SHOWN)) {
      const item = await items.get(id);
      if (item) shown.push(item);
    }
    return { ...alert, items: shown };
  });
}

/** Transition, assign and note: each one read-modify-write in AlertRepository.mutate, then audited. */
function changeRoutes(app: TypedApp, options: AlertingRouteOptions) {
  const { alerts, users } = options.stores;
  const one = { params: Params, response: { 200: AlertView, 409: Type.Ref('Problem'), ...problemResponses } };
  const change = (id: string, request: FastifyRequest, reply: FastifyReply, action: string, apply: Change) =>
    withAlertingErrors(reply, async () => {
      const updated = await alerts.mutate(id, (alert) => apply(alert, new Date().toISOString()));
      await audit(app, request, action, updated.id, {
        status: updated.status,
        assigneeId: updated.assigneeId,
      });
      return updated;
    });

  const moved = { ...one, body: Type.Object({ status: Status, note: Note }) };
  app.post('/api/alerts/:id/transition', { ...triage, schema: moved }, (request, reply) =>
    change(request.params.id, request, reply, 'alert.transition', (alert, at) =>
      transition(alert, request.body.status, { actor: actorOf(request), at, note: request.body.note }),
    ),
  );

  const assigned = {
    ...one,
    body: Type.Object({ assigneeId: Type.String({ minLength: 1, maxLength: 100 }), note: Note }),
  };
  app.post('/api/alerts/:id/assign', { ...triage, schema: assigned }, async (request, reply) => {
    const { assigneeId, note } = request.body;
    if (users && !(await users.get(assigneeId)))
      return sendProblem(reply, 400, { detail: `No user ${assigneeId}` });
    return change(request.params.id, request, reply, 'alert.assign', (alert, at) =>
      assign(alert, assigneeId, { actor: actorOf(request), at, note }),
    );
  });

  const noted = { ...one, body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 4000 }) }) };
  app.post('/api/alerts/:id/notes', { ...triage, schema: noted }, (request, reply) =>
    change(request.params.id, request, reply, 'alert.note', (alert, at) =>
      addNote(alert, { actor: actorOf(request), at, note: request.body.text }),
    ),
  );
}

type Change = (alert: Alert, at: string) => Alert;

/** Acknowledges the new ones among up to 500 alerts; the rest (further on, or missing) are skipped. */
function bulkAcknowledgeRoute(app: TypedApp, options: AlertingRouteOptions) {
  const { alerts } = options.stores;
  const ids = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 500 });
  const outcome = Type.Object({
    acknowledged: Type.Array(Type.String()),
    skipped: Type.Array(Type.String()),
  });
  const schema = { body: Type.Object({ ids }), response: { 200: outcome, ...problemResponses } };
  app.post('/api/alerts/acknowledge', { ...triage, schema }, async (request) => {
    const acknowledged: string[] = [];
    const skipped: string[] = [];
    const at = new Date().toISOString();
    for (const id of new Set(request.body.ids)) {
      try {
        let changed = false;
        await alerts.mutate(id, (alert) => {
          const next = acknowledgeIfNew(alert, { actor: actorOf(request), at });
          changed = next !== alert;
          return next;
        });
        (changed ? acknowledged : skipped).push(id);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        skipped.push(id);
      }
    }
    if (acknowledged.length) await audit(app, request, 'alert.acknowledge', null, { ids: acknowledged });
    return { acknowledged, skipped };
  });
}
