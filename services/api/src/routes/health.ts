// Liveness and readiness, open to all (load balancers and orchestrators call them).
import type { ReadinessReport } from '@presswatch/platform';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

const Health = Type.Object({ status: Type.String() });
const Readiness = Type.Object({ ready: Type.Boolean(), checks: Type.Record(Type.String(), Type.Boolean()) });

export default async function healthRoutes(
  app: FastifyInstance,
  options: { readiness: () => Promise<ReadinessReport>; isClosing: () => boolean },
) {
  app.get(
    '/healthz',
    { config: { roles: 'public' }, schema: { tags: ['health'], response: { 200: Health } } },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/readyz',
    {
      config: { roles: 'public' },
      schema: { tags: ['health'], response: { 200: Readiness, 503: Readiness } },
    },
    async (_request, reply) => {
      const report = await options.readiness();
      const ready = report.ready && !options.isClosing();
      return reply.code(ready ? 200 : 503).send({ ...report, ready });
    },
  );
}
