// Dossiers: the claims to answer and the arguments that answer them, exported as an argument
// document. Every viewer reads them; analysts and up create them; the owner or an admin changes
// and deletes them. Sections (claims, arguments, order, suggestions) are in dossier-sections.ts.
//
//   GET|POST /api/dossiers · GET|PATCH|DELETE /api/dossiers/:id
//   GET /api/dossiers/:id/export.docx · GET /api/dossiers/:id/export.md   (?lang=vi|en)
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { ownerKeyOf } from '../accounts/principal.ts';
import { buildDocx, DOCX_TYPE } from '../export/docx-document.ts';
import { type DossierStores, dossierView } from '../export/dossier-view.ts';
import { attachmentName } from '../export/labels.ts';
import { buildMarkdown } from '../export/markdown-document.ts';
import { IdParams } from '../schemas/common.ts';
import { DossierList, DossierPatch, DossierView, ExportQuery, NewDossier } from '../schemas/dossier.ts';
import { problemResponses } from '../schemas/problem.ts';
import { findDossier, findOwnDossier, READ, tags, WRITE } from './dossier-access.ts';
import dossierSectionRoutes, { type SectionRouteOptions } from './dossier-sections.ts';

export default async function dossierRoutes(fastify: FastifyInstance, options: SectionRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { dossiers } = options.stores;
  const stores: DossierStores = options.stores;
  const one = { params: IdParams, response: { 200: DossierView, ...problemResponses } };

  app.get('/api/dossiers', { config: READ, schema: { tags, response: { 200: DossierList } } }, async () => ({
    dossiers: await dossiers.list(),
  }));

  app.post(
    '/api/dossiers',
    {
      config: WRITE,
      schema: { tags, body: NewDossier, response: { 201: DossierView, ...problemResponses } },
    },
    async (request, reply) => {
      const now = new Date().toISOString();
      const dossier = await dossiers.create({
        id: `dos_${randomUUID()}`,
        title: request.body.title,
        topic: request.body.topic ?? null,
        summary: request.body.summary ?? '',
        ownerId: ownerKeyOf(request.principal!),
        createdAt: now,
        updatedAt: now,
      });
      await app.audit(request, 'dossier.create', dossier.id, { title: dossier.title });
      return reply.code(201).send({ ...dossier, sections: [] });
    },
  );

  app.get('/api/dossiers/:id', { config: READ, schema: { tags, ...one } }, async (request) =>
    dossierView(await findDossier(dossiers, request.params.id), stores),
  );

  app.patch(
    '/api/dossiers/:id',
    { config: WRITE, schema: { tags, ...one, body: DossierPatch } },
    async (request) => {
      const current = await findOwnDossier(dossiers, request, request.params.id);
      const { title, topic, summary } = request.body;
      const dossier = {
        ...current,
        ...(title === undefined ? {} : { title }),
        ...(topic === undefined ? {} : { topic }),
        ...(summary === undefined ? {} : { summary }),
        updatedAt: new Date().toISOString(),
      };
      await dossiers.update(dossier);
      await app.audit(request, 'dossier.update', dossier.id, { changed: Object.keys(request.body) });
      return dossierView(dossier, stores);
    },
  );

  app.delete(
    '/api/dossiers/:id',
    {
      config: WRITE,
      schema: { tags, params: IdParams, response: { 204: Type.Null(), ...problemResponses } },
    },
    async (request, reply) => {
      const dossier = await findOwnDossier(dossiers, request, request.params.id);
      await dossiers.delete(dossier.id);
      await app.audit(request, 'dossier.delete', dossier.id, { title: dossier.title });
      return reply.code(204).send(null);
    },
  );

  exportRoutes(app, stores);
  await app.register(dossierSectionRoutes, options);
}

function exportRoutes(app: FastifyInstance, stores: DossierStores) {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const schema = (description: string, produces: string) => ({
    tags,
    produces: [produces],
    params: IdParams,
    querystring: ExportQuery,
    response: { 200: Type.String({ description }), ...problemResponses },
  });

  typed.get(
    '/api/dossiers/:id/export.docx',
    { config: READ, schema: schema('the argument document as DOCX (binary)', DOCX_TYPE) },
    async (request, reply) => {
      const view = await dossierView(await findDossier(stores.dossiers, request.params.id), stores);
      const body = await buildDocx(view, request.query.lang);
      return reply.type(DOCX_TYPE).header('content-disposition', attachmentName(view, 'docx')).send(body);
    },
  );

  typed.get(
    '/api/dossiers/:id/export.md',
    { config: READ, schema: schema('the argument document as Markdown', 'text/markdown') },
    async (request, reply) => {
      const view = await dossierView(await findDossier(stores.dossiers, request.params.id), stores);
      return reply
        .type('text/markdown; charset=utf-8')
        .header('content-disposition', attachmentName(view, 'md'))
        .send(buildMarkdown(view, request.query.lang));
    },
  );
}
