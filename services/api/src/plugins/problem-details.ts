// Every error leaves the API as application/problem+json. Domain errors are mapped here, at the
// edge; unknown errors become a bare 500 without internals.
import { InvalidCursorError, NotFoundError, QuerySyntaxError } from '@presswatch/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Problem } from '../schemas/problem.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  reply: FastifyReply,
  status: number,
  extra: {
    detail?: string;
    type?: string;
    column?: number;
    errors?: { path: string; message: string }[];
  } = {},
): FastifyReply {
  const body = {
    type: extra.type ?? 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    ...extra,
    instance: reply.request.url,
  };
  return reply.code(status).type('application/problem+json').send(body);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.validation) {
    const errors = error.validation.map((v) => ({
      path: v.instancePath || String(v.params?.missingProperty ?? ''),
      message: v.message ?? 'invalid',
    }));
    return sendProblem(reply, 400, { detail: error.message, errors });
  }
  if (error instanceof QuerySyntaxError) {
    return sendProblem(reply, 400, {
      type: 'urn:presswatch:query-syntax',
      detail: error.message,
      column: error.column,
    });
  }
  if (error instanceof InvalidCursorError) return sendProblem(reply, 400, { detail: error.message });
  if (error instanceof NotFoundError) return sendProblem(reply, 404, { detail: error.message });
  const status =
    error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, 500);
  }
  return sendProblem(reply, status, { detail: error.message });
}

export default fp(
  async (app: FastifyInstance) => {
    app.addSchema(Problem);
    app.setErrorHandler(handleError);
    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, 404, { detail: `No route for ${request.method} ${request.url.split('?')[0]}` }),
    );
  },
  { name: 'problem-details' },
);
