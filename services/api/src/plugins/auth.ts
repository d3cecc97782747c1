// Access: every /api route needs a bearer token (sessions for people come with accounts).
// The token's secret is hashed and looked up; the secret is never logged or stored.
import type { ApiToken, Role, TokenRepository } from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-details.ts';

export interface Principal {
  kind: 'token';
  id: string;
  name: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** preHandler that answers 403 unless the caller has one of `roles`. */
    requireRole(...roles: Role[]): (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

function bearerSecret(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function toPrincipal(token: ApiToken): Principal {
  return { kind: 'token', id: token.id, name: token.name, role: token.role };
}

export default fp(
  async (app: FastifyInstance, options: { tokens: TokenRepository }) => {
    app.decorateRequest('principal', null);

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/') && request.url !== '/api') return;
      const secret = bearerSecret(request);
      const token = secret ? await options.tokens.findBySecretHash(hashTokenSecret(secret)) : null;
      if (!token) {
        reply.header('WWW-Authenticate', 'Bearer realm="presswatch"');
        return sendProblem(reply, 401, {
          detail: secret ? 'Invalid or revoked token' : 'Authentication required',
        });
      }
      request.principal = toPrincipal(token);
    });

    app.decorate(
      'requireRole',
      (...roles: Role[]) =>
        async (request: FastifyRequest, reply: FastifyReply) => {
          if (!request.principal || !roles.includes(request.principal.role)) {
            await sendProblem(reply, 403, { detail: `Requires role ${roles.join(' or ')}` });
          }
        },
    );
  },
  { name: 'auth', dependencies: ['problem-details'] },
);
