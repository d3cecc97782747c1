// app.audit(request, action, target, details): records who changed what, when. Every route that
// changes something calls it after the change succeeded, e.g.
//   await app.audit(request, 'rule.update', rule.id, { fields: ['query'] });
// Actions are "<thing>.<verb>" in lower case (user.create, token.revoke, rule.update, …);
// details hold what changed, never secrets. Admins read the log at GET /api/audit.
// The form app.audit(request, { action, target, details }) is accepted too.
import type { AuditLog } from '@presswatch/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { actorOf } from '../accounts/principal.ts';

declare module 'fastify' {
  interface FastifyInstance {
    audit(
      request: FastifyRequest,
      action: string | AuditChange,
      target?: string | null,
      details?: Record<string, unknown> | null,
    ): Promise<void>;
  }
}

export interface AuditChange {
  action: string;
  target: string | null;
  details?: unknown;
}

export default fp(
  async (app: FastifyInstance, options: { audit: AuditLog }) => {
    app.decorate(
      'audit',
      async (
        request: FastifyRequest,
        action: string | AuditChange,
        target: string | null = null,
        details: Record<string, unknown> | null = null,
      ) => {
        const change = typeof action === 'string' ? { action, target, details } : action;
        await options.audit.record({
          actor: actorOf(request.principal),
          action: change.action,
          target: change.target ?? null,
          details: (change.details ?? null) as Record<string, unknown> | null,
        });
      },
    );
  },
  { name: 'audit', dependencies: ['auth'] },
);
