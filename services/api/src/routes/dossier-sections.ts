// A dossier's sections: claims (items, snapshotted when added: title, source, date, language,
// country and the story cluster's size as reach), arguments (library cards), their notes and
// quotes, their order, and the library cards suggested for the dossier. Registered by dossiers.ts.
//
//   POST /api/dossiers/:id/claims · POST /api/dossiers/:id/arguments
//   PATCH|DELETE /api/dossiers/:id/sections/:sectionId · PUT /api/dossiers/:id/order
//   GET /api/dossiers/:id/suggested-arguments
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  ArgumentCardRepository,
  ClaimSnapshot,
  ClusterStore,
  DossierRepository,
  ItemStore,
} from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { dossierView, sectionView } from '../export/dossier-view.ts';
import { suggestCards } from '../export/suggestions.ts';
import { badRequest, notFound } from '../http-error.ts';
import { IdParams } from '../schemas/common.ts';
import {
  ArgumentCardList,
  DossierView,
  NewArgumentSection,
  NewClaim,
  SectionOrder,
  SectionParams,
  SectionPatch,
  SectionView,
} from '../schemas/dossier.ts';
import { problemResponses } from '../schemas/problem.ts';
import type { TypedApp } from './alerting-support.ts';
import { findDossier, findOwnDossier, READ, tags, WRITE } from './dossier-access.ts';

export interface SectionRouteOptions {
  stores: {
    dossiers: DossierRepository;
    argumentCards: ArgumentCardRepository;
    items: ItemStore;
    clusters: ClusterStore;
  };
}

type Stores = SectionRouteOptions['stores'];
type Changed = (request: FastifyRequest, dossierId: string, action: string, details: object) => Promise<void>;
const created = { 201: SectionView, ...problemResponses };

export default async function dossierSectionRoutes(fastify: FastifyInstance, options: SectionRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { dossiers } = options.stores;
  /** A section changed: the dossier's updatedAt moves and the audit log records it. */
  const changed: Changed = async (request, dossierId, action, details) => {
    await dossiers.touch(dossierId, new Date().toISOString());
    await app.audit(request, action, dossierId, details as Record<string, unknown>);
  };
  addRoutes(app, options.stores, changed);
  editRoutes(app, options.stores, changed);
  suggestRoute(app, options.stores);
}

/** The item as a claim keeps it; its reach is its story cluster's size (1 when unclustered). */
async function snapshotOf(stores: Stores, itemId: string): Promise<ClaimSnapshot> {
  const item = await stores.items.get(itemId);
  if (!item) throw notFound(`No item ${itemId}`);
  const cluster = item.clusterId ? await stores.clusters.get(item.clusterId) : null;
  return {
    id: item.id,
    title: item.title,
    url: item.url,
    sourceName: item.sourceName,
    publishedAt: item.publishedAt ?? item.fetchedAt,
    language: item.language,
    country: item.country,
    clusterSize: cluster?.size ?? 1,
  };
}

function addRoutes(app: TypedApp, stores: Stores, changed: Changed) {
  const { dossiers, argumentCards } = stores;
  app.post(
    '/api/dossiers/:id/claims',
    { config: WRITE, schema: { tags, params: IdParams, body: NewClaim, response: created } },
    async (request, reply) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      const section = await dossiers.addSection({
        id: `sec_${randomUUID()}`,
        dossierId: dossier.id,
        kind: 'claim',
        note: request.body.note ?? '',
        quote: request.body.quote ?? '',
        item: await snapshotOf(stores, request.body.itemId),
        cardId: null,
        card: null,
      });
      await changed(request, dossier.id, 'dossier.claim_add', {
        sectionId: section.id,
        itemId: request.body.itemId,
      });
      return reply.code(201).send(await sectionView(section, argumentCards));
    },
  );

  app.post(
    '/api/dossiers/:id/arguments',
    { config: WRITE, schema: { tags, params: IdParams, body: NewArgumentSection, response: created } },
    async (request, reply) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      const card = await argumentCards.get(request.body.cardId);
      if (!card) throw notFound(`No argument card ${request.body.cardId}`);
      const section = await dossiers.addSection({
        id: `sec_${randomUUID()}`,
        dossierId: dossier.id,
        kind: 'argument',
        note: request.body.note ?? '',
        quote: '',
        item: null,
        cardId: card.id,
        card,
      });
      await changed(request, dossier.id, 'dossier.argument_add', { sectionId: section.id, cardId: card.id });
      return reply.code(201).send(await sectionView(section, argumentCards));
    },
  );
}

function editRoutes(app: TypedApp, stores: Stores, changed: Changed) {
  const { dossiers, argumentCards } = stores;
  app.patch(
    '/api/dossiers/:id/sections/:sectionId',
    {
      config: WRITE,
      schema: {
        tags,
        params: SectionParams,
        body: SectionPatch,
        response: { 200: SectionView, ...problemResponses },
      },
    },
    async (request) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      const current = (await dossiers.sections(dossier.id)).find((s) => s.id === request.params.sectionId);
      if (!current) throw notFound(`No section ${request.params.sectionId} in dossier ${dossier.id}`);
      const section = { ...current, ...request.body };
      await dossiers.updateSection(section);
      await changed(request, dossier.id, 'dossier.section_update', {
        sectionId: section.id,
        changed: Object.keys(request.body),
      });
      return sectionView(section, argumentCards);
    },
  );

  app.delete(
    '/api/dossiers/:id/sections/:sectionId',
    {
      config: WRITE,
      schema: { tags, params: SectionParams, response: { 204: Type.Null(), ...problemResponses } },
    },
    async (request, reply) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      if (!(await dossiers.deleteSection(dossier.id, request.params.sectionId)))
        throw notFound(`No section ${request.params.sectionId} in dossier ${dossier.id}`);
      await changed(request, dossier.id, 'dossier.section_delete', { sectionId: request.params.sectionId });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/dossiers/:id/order',
    {
      config: WRITE,
      schema: {
        tags,
        params: IdParams,
        body: SectionOrder,
        response: { 200: DossierView, ...problemResponses },
      },
    },
    async (request) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      const ids = request.body.sectionIds;
      const current = new Set((await dossiers.sections(dossier.id)).map((s) => s.id));
      if (
        ids.length !== current.size ||
        new Set(ids).size !== ids.length ||
        !ids.every((id) => current.has(id))
      )
        throw badRequest("sectionIds must list each of the dossier's sections exactly once");
      await dossiers.reorder(dossier.id, ids);
      await changed(request, dossier.id, 'dossier.reorder', { sections: ids.length });
      return dossierView((await dossiers.get(dossier.id)) ?? dossier, stores);
    },
  );
}

function suggestRoute(app: TypedApp, stores: Stores) {
  app.get(
    '/api/dossiers/:id/suggested-arguments',
    {
      config: READ,
      schema: { tags, params: IdParams, response: { 200: ArgumentCardList, ...problemResponses } },
    },
    async (request) => {
      const dossier = await findDossier(stores.dossiers, request.params.id);
      const view = await dossierView(dossier, stores);
      return { cards: suggestCards(view, await stores.argumentCards.list()) };
    },
  );
}
