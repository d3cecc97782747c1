// The WebSub callback, outside /api/ and unauthenticated by design: hubs cannot hold our tokens.
// What protects it: the subscription id in the path (unguessable), the verification of intent
// (we only agree to what we asked for) and the HMAC signature on every delivery, checked against
// the subscription's secret before anything is enqueued. The route stays thin and fast; the
// decisions live in @presswatch/stages (websub-stage.ts) behind the WebSubCallbacks port.
//
//   GET  /websub/callback/:id  hub.mode, hub.topic, hub.challenge, hub.lease_seconds → challenge | 404
//   POST /websub/callback/:id  the pushed feed, X-Hub-Signature → 202 | 403 | 404 | 410
import type { WebSubCallbacks } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';

export interface WebSubRouteOptions {
  websub: WebSubCallbacks;
  /** Largest pushed body accepted (default 2 MiB). */
  bodyLimit?: number;
}

const Params = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,100}$' }) });
const Verification = Type.Object({
  'hub.mode': Type.Optional(Type.String({ maxLength: 32 })),
  'hub.topic': Type.Optional(Type.String({ maxLength: 2048 })),
  'hub.challenge': Type.Optional(Type.String({ maxLength: 1024 })),
  'hub.lease_seconds': Type.Optional(Type.String({ maxLength: 20 })),
  'hub.reason': Type.Optional(Type.String({ maxLength: 1024 })),
});
const PlainText = Type.String();
const TEXT = 'text/plain; charset=utf-8';

export default async function websubRoutes(app: FastifyInstance, options: WebSubRouteOptions) {
  // The signature covers the exact bytes: take every body raw, whatever its type (this plugin's
  // scope only, the rest of the API keeps its JSON parser).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  app.get<{ Params: { id: string }; Querystring: Record<string, string | undefined> }>(
    '/websub/callback/:id',
    { schema: { params: Params, querystring: Verification, response: { 200: PlainText, 404: PlainText } } },
    async (request, reply) => {
      const answer = await options.websub.verify(request.params.id, request.query);
      return reply.code(answer.status).type(TEXT).send(answer.body);
    },
  );

  app.post<{ Params: { id: string } }>(
    '/websub/callback/:id',
    { schema: { params: Params } },
    async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const answer = await options.websub.deliver(request.params.id, {
        body,
        signature: headerOf(request.headers['x-hub-signature']),
        contentType: headerOf(request.headers['content-type']),
      });
      return reply.code(answer.status).type(TEXT).send(answer.body);
    },
  );
}

function headerOf(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
