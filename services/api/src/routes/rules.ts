// Alert rules: CRUD and preview. A query that does not parse answers 400 with its column; a
// saved rule applies to the next processed item (the processors check the rules' version).
//
//   GET /api/rules · POST /api/rules · GET|PATCH|DELETE /api/rules/:id · POST /api/rules/preview
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  DEFAULT_TIME_ZONE,
  emptyFilters,
  previewRule,
  RuleValidationError,
  validateRule,
} from '@presswatch/alerts';
import { type AlertRule, NotFoundError } from '@presswatch/domain';
import { compileMatcher } from '@presswatch/query';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problemResponses } from '../schemas/problem.ts';
import {
  type AlertingRouteOptions,
  audit,
  ROLES_READ,
  ROLES_RULES,
  type TypedApp,
  userIdOf,
  withAlertingErrors,
} from './alerting-support.ts';

const Nullable = <T extends ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
const Clock = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM' });
const Codes = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 });

const Filters = Type.Object({
  topics: Type.Optional(Codes),
  sourceIds: Type.Optional(Codes),
  countries: Type.Optional(Codes),
  languages: Type.Optional(Codes),
  domestic: Type.Optional(Type.Union([Type.Boolean(), Type.Null()])),
  minRelevance: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 }))),
  minTone: Type.Optional(Nullable(Type.Number({ minimum: -1, maximum: 1 }))),
  maxTone: Type.Optional(Nullable(Type.Number({ minimum: -1, maximum: 1 }))),
});

const QuietHoursInput = Type.Object({
  start: Clock,
  end: Clock,
  timeZone: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: "default: the owner's time zone" }),
  ),
});

const ruleFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  query: Type.String({ maxLength: 2000, description: 'In the query language; empty: filters only' }),
  filters: Filters,
  minScore: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'minimum topic score' })),
  onePerCluster: Type.Boolean({ description: 'one alert per story cluster' }),
  quietHours: Type.Union([QuietHoursInput, Type.Null()]),
  channels: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
    maxItems: 20,
    description: 'webhook subscription ids',
  }),
  spikeAlerts: Type.Boolean(),
  enabled: Type.Boolean(),
};

const RuleInput = Type.Partial(Type.Object(ruleFields));
const NewRule = Type.Intersect([Type.Object({ name: ruleFields.name }), RuleInput]);
type RuleInputT = Static<typeof RuleInput>;

export const RuleView = Type.Object({
  id: Type.String(),
  ...ruleFields,
  filters: Type.Object({
    topics: Codes,
    sourceIds: Codes,
    countries: Codes,
    languages: Codes,
    domestic: Type.Union([Type.Boolean(), Type.Null()]),
    minRelevance: Nullable(Type.Number()),
    minTone: Nullable(Type.Number()),
    maxTone: Nullable(Type.Number()),
  }),
  quietHours: Type.Union([
    Type.Object({ start: Type.String(), end: Type.String(), timeZone: Type.String() }),
    Type.Null(),
  ]),
  ownerId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Preview = Type.Intersect([
  RuleInput,
  Type.Object({
    days: Type.Integer({ minimum: 1, maximum: 90, default: 7 }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  }),
]);

const PreviewResult = Type.Object({
  items: Type.Array(Type.Object({}, { additionalProperties: true }), {
    description: 'items without their text',
  }),
  matched: Type.Integer(),
  scanned: Type.Integer(),
  truncated: Type.Boolean({ description: 'the index had more hits than a preview reads' }),
  matcherDisagrees: Type.Array(Type.String(), {
    description: 'ids the index matched but the in-memory matcher did not',
  }),
  from: Type.String(),
  to: Type.String(),
});

export default async function ruleRoutes(fastify: FastifyInstance, options: AlertingRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const drafts = ruleDrafts(options);
  readRoutes(app, options, drafts);
  writeRoutes(app, options, drafts);
  previewRoute(app, options, drafts);
}

const read = { config: { roles: ROLES_READ } };
const write = { config: { roles: ROLES_RULES } };

function readRoutes(app: TypedApp, options: AlertingRouteOptions, drafts: RuleDrafts) {
  const list = { 200: Type.Object({ rules: Type.Array(RuleView) }), ...problemResponses };
  app.get('/api/rules', { ...read, schema: { response: list } }, async () => ({
    rules: await options.stores.rules.list(),
  }));
  const one = { params: Params, response: { 200: RuleView, ...problemResponses } };
  app.get('/api/rules/:id', { ...read, schema: one }, async (request) => drafts.get(request.params.id));
}

function writeRoutes(app: TypedApp, options: AlertingRouteOptions, drafts: RuleDrafts) {
  const { rules } = options.stores;
  const created = { body: NewRule, response: { 201: RuleView, ...problemResponses } };
  app.post('/api/rules', { ...write, schema: created }, (request, reply) =>
    withAlertingErrors(reply, async () => {
      const now = new Date().toISOString();
      const base = {
        ...defaults(),
        id: `rule_${randomUUID()}`,
        ownerId: userIdOf(request),
        createdAt: now,
        updatedAt: now,
      };
      const rule = await drafts.merged(base, request.body, request);
      await rules.save(rule);
      await audit(app, request, 'rule.create', rule.id, { name: rule.name });
      return reply.code(201).send(rule);
    }),
  );

  const edited = { params: Params, body: RuleInput, response: { 200: RuleView, ...problemResponses } };
  app.patch('/api/rules/:id', { ...write, schema: edited }, (request, reply) =>
    withAlertingErrors(reply, async () => {
      const current = await drafts.get(request.params.id);
      const rule = await drafts.merged(
        { ...current, updatedAt: new Date().toISOString() },
        request.body,
        request,
      );
      await rules.save(rule);
      await audit(app, request, 'rule.update', rule.id, { fields: Object.keys(request.body) });
      return rule;
    }),
  );

  const gone = { params: Params, response: { 204: Type.Null(), ...problemResponses } };
  app.delete('/api/rules/:id', { ...write, schema: gone }, async (request, reply) => {
    if (!(await rules.delete(request.params.id))) throw new NotFoundError(`No rule ${request.params.id}`);
    await audit(app, request, 'rule.delete', request.params.id);
    return reply.code(204).send(null);
  });
}

function previewRoute(app: TypedApp, options: AlertingRouteOptions, drafts: RuleDrafts) {
  const schema = { body: Preview, response: { 200: PreviewResult, ...problemResponses } };
  app.post('/api/rules/preview', { ...write, schema }, (request, reply) =>
    withAlertingErrors(reply, async () => {
      const { days, limit, ...input } = request.body;
      const now = new Date();
      const at = now.toISOString();
      const draft = { ...defaults(), id: 'preview', ownerId: null, createdAt: at, updatedAt: at };
      const rule = await drafts.merged(draft, { name: 'preview', ...input }, request);
      const deps = {
        search: options.stores.search,
        compileMatcher: options.compileMatcher ?? compileMatcher,
      };
      const preview = await previewRule(rule, deps, { days, limit, now });
      return { ...preview, items: preview.items.map(({ text: _text, ...item }) => item) };
    }),
  );
}

type RuleDrafts = ReturnType<typeof ruleDrafts>;

/** Reading a rule, and applying input to one with every check (query, zones, channels). */
function ruleDrafts(options: AlertingRouteOptions) {
  const { rules, webhooks, users } = options.stores;

  async function ownerZone(request: FastifyRequest): Promise<string> {
    const userId = userIdOf(request);
    const user = userId && users ? await users.get(userId) : null;
    return user?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  return {
    async get(id: string): Promise<AlertRule> {
      const rule = await rules.get(id);
      if (!rule) throw new NotFoundError(`No rule ${id}`);
      return rule;
    },

    /** The rule with the input's fields over it, validated; quiet hours default to the owner's zone. */
    async merged(base: AlertRule, input: RuleInputT, request: FastifyRequest): Promise<AlertRule> {
      const { filters, quietHours, ...rest } = input;
      const zone = quietHours && !quietHours.timeZone ? await ownerZone(request) : DEFAULT_TIME_ZONE;
      const rule: AlertRule = {
        ...base,
        ...rest,
        filters: { ...base.filters, ...filters },
        quietHours:
          quietHours === undefined
            ? base.quietHours
            : quietHours && { ...quietHours, timeZone: quietHours.timeZone ?? zone },
      };
      validateRule(rule);
      for (const id of rule.channels) {
        if (!(await webhooks.get(id)))
          throw new RuleValidationError('/channels', `no webhook subscription ${id}`);
      }
      return rule;
    },
  };
}

function defaults(): Omit<AlertRule, 'id' | 'ownerId' | 'createdAt' | 'updatedAt'> {
  return {
    name: '',
    query: '',
    filters: emptyFilters(),
    minScore: null,
    onePerCluster: true,
    quietHours: null,
    channels: [],
    spikeAlerts: false,
    enabled: true,
  };
}
