// The OpenAPI 3 document, built by @fastify/swagger from the TypeBox schemas on every route.
// Registered before the routes (it collects them as they are added). Each operation gets its
// allowed roles (x-roles, and a line in its description) and its security schemes; routes marked
// `schema: { hide: true }` (the docs page's own files) are left out.
import swagger from '@fastify/swagger';
import type { FastifyInstance, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';

interface OperationSchema {
  description?: string;
  security?: Record<string, string[]>[];
  [key: string]: unknown;
}

function withAccess(schema: OperationSchema | undefined, route: RouteOptions): OperationSchema {
  const roles = route.config?.roles;
  const next: OperationSchema = { ...schema };
  if (roles === undefined || roles === 'public') {
    next['x-roles'] = 'public';
    next.security = [];
    return next;
  }
  next['x-roles'] = [...roles];
  const line = `Roles: ${roles.join(', ')}.`;
  next.description = schema?.description ? `${schema.description}\n\n${line}` : line;
  next.security = [{ bearer: [] }, { session: [] }];
  return next;
}

export default fp(
  async (app: FastifyInstance, options: { version: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'PressWatch API',
          version: options.version,
          description:
            'Media monitoring for the Quảng Trị press office. Errors are application/problem+json; ' +
            'lists page with an opaque `cursor` (pass `nextCursor` back). Cookie-authenticated ' +
            'requests that change something must send the session CSRF token in `x-csrf-token`.',
        },
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', description: 'An API token (pw_…)' },
            session: { type: 'apiKey', in: 'cookie', name: 'pw_session', description: 'POST /auth/login' },
          },
        },
      },
      // Shared schemas ($id, e.g. Problem) keep their names in components.schemas.
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
      transform: ({ schema, url, route }) => ({
        schema: withAccess(schema as OperationSchema, route) as never,
        url,
      }),
    });
  },
  { name: 'openapi' },
);
