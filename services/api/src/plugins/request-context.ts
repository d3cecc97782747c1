// Request ids, one log line per request, and the HTTP latency histogram.
// An incoming x-request-id (from a proxy) is kept when it looks like an id, else one is made;
// either way it is in every log line of the request (reqId) and in the x-request-id response
// header. Logged URLs have feed tokens cut out (a feed URL is its own credential).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Metrics } from '@presswatch/platform';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { actorOf } from '../accounts/principal.ts';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Fastify's genReqId: a trustworthy-looking incoming id, or a new UUID. */
export function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function redactUrl(url: string): string {
  return url.replace(/^\/feeds\/saved\/[^/?.]+/, '/feeds/saved/[token]');
}

export default fp(
  async (app: FastifyInstance, options: { metrics: Metrics }) => {
    app.addHook('onSend', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
    app.addHook('onResponse', async (request, reply) => {
      const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
      options.metrics.httpRequestDuration.observe(
        { method: request.method, route, status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
      request.log.info(
        {
          method: request.method,
          url: redactUrl(request.url),
          route,
          statusCode: reply.statusCode,
          responseTimeMs: Math.round(reply.elapsedTime * 10) / 10,
          actor: request.principal ? actorOf(request.principal) : undefined,
        },
        'request completed',
      );
    });
  },
  { name: 'request-context' },
);
