// GET /api/audit: the audit log for admins, newest first, with cursor pagination and filters.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AuditLog } from '@presswatch/domain';
import type { FastifyInstance } from 'fastify';
import { AuditPage, AuditQuery } from '../schemas/audit.ts';
import { problemResponses } from '../schemas/problem.ts';

export default async function auditRoutes(fastify: FastifyInstance, options: { audit: AuditLog }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/api/audit',
    {
      config: { roles: ['admin'] },
      schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditPage, ...problemResponses } },
    },
    async (request) => {
      const { limit, cursor, actor, action } = request.query;
      return options.audit.list({ limit, cursor: cursor ?? null, actor, action });
    },
  );
}
