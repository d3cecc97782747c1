// The argument library: reusable statements with evidence and citations, suggested for dossiers
// by topic. Every viewer reads it; press officers and admins maintain it.
//
//   GET /api/arguments?topic=&q= · POST /api/arguments · GET|PATCH|DELETE /api/arguments/:id
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ArgumentCard, ArgumentCardRepository } from '@presswatch/domain';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../accounts/principal.ts';
import { atLeast } from '../accounts/roles.ts';
import { notFound } from '../http-error.ts';
import { IdParams } from '../schemas/common.ts';
import {
  ArgumentCardList,
  ArgumentCardPatch,
  ArgumentCardView,
  ArgumentQuery,
  NewArgumentCard,
} from '../schemas/dossier.ts';
import { problemResponses } from '../schemas/problem.ts';

const READ = { roles: atLeast('viewer') };
const MAINTAIN = { roles: atLeast('press_officer') };
const tags = ['arguments'];

type EvidenceInput = Static<typeof NewArgumentCard>['evidence'];

const evidenceOf = (evidence: EvidenceInput): ArgumentCard['evidence'] =>
  evidence.map((e) => ({ text: e.text, citation: e.citation, url: e.url ?? null }));

export default async function argumentRoutes(
  fastify: FastifyInstance,
  options: { argumentCards: ArgumentCardRepository },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const cards = options.argumentCards;
  const one = { params: IdParams, response: { 200: ArgumentCardView, ...problemResponses } };
  const find = async (id: string) => {
    const card = await cards.get(id);
    if (!card) throw notFound(`No argument card ${id}`);
    return card;
  };

  app.get(
    '/api/arguments',
    { config: READ, schema: { tags, querystring: ArgumentQuery, response: { 200: ArgumentCardList } } },
    async (request) => {
      const { topic, q } = request.query;
      return { cards: await cards.list({ ...(topic ? { topic } : {}), ...(q ? { text: q } : {}) }) };
    },
  );

  app.get('/api/arguments/:id', { config: READ, schema: { tags, ...one } }, async (request) =>
    find(request.params.id),
  );

  app.post(
    '/api/arguments',
    {
      config: MAINTAIN,
      schema: { tags, body: NewArgumentCard, response: { 201: ArgumentCardView, ...problemResponses } },
    },
    async (request, reply) => {
      const card: ArgumentCard = {
        id: `arg_${randomUUID()}`,
        ...request.body,
        evidence: evidenceOf(request.body.evidence),
        updatedAt: new Date().toISOString(),
        updatedBy: actorOf(request.principal),
      };
      await cards.save(card);
      await app.audit(request, 'argument.create', card.id, { title: card.title });
      return reply.code(201).send(card);
    },
  );

  app.patch(
    '/api/arguments/:id',
    { config: MAINTAIN, schema: { tags, ...one, body: ArgumentCardPatch } },
    async (request) => {
      const current = await find(request.params.id);
      const { evidence, ...rest } = request.body;
      const card: ArgumentCard = {
        ...current,
        ...rest,
        ...(evidence ? { evidence: evidenceOf(evidence) } : {}),
        updatedAt: new Date().toISOString(),
        updatedBy: actorOf(request.principal),
      };
      await cards.save(card);
      await app.audit(request, 'argument.update', card.id, { changed: Object.keys(request.body) });
      return card;
    },
  );

  app.delete(
    '/api/arguments/:id',
    {
      config: MAINTAIN,
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problemResponses } },
    },
    async (request, reply) => {
      if (!(await cards.delete(request.params.id))) throw notFound(`No argument card ${request.params.id}`);
      await app.audit(request, 'argument.delete', request.params.id);
      return reply.code(204).send(null);
    },
  );
}
