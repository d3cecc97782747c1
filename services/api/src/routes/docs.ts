// The API's documentation, all served from this process (no CDN): the OpenAPI document at
// GET /api/openapi.json and the Swagger UI page at /docs (its scripts and styles come from the
// @fastify/swagger-ui package). Both are public: they describe the API, they hold no data.
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { publicContext } from '../plugins/auth.ts';
import { cspDirectives } from '../plugins/security.ts';

export default async function docsRoutes(app: FastifyInstance, options: { https: boolean }) {
  app.get('/api/openapi.json', { config: { roles: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await publicContext(app, async (docs) => {
    // Swagger UI sets inline styles; scripts stay 'self' only.
    docs.addHook('onRoute', (route: RouteOptions) => {
      const directives = cspDirectives(options.https, ["'self'", "'unsafe-inline'"]);
      const helmet = { contentSecurityPolicy: { useDefaults: false, directives } };
      route.config = { ...route.config, helmet } as RouteOptions['config'];
    });
    await docs.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { deepLinking: true, docExpansion: 'list', tryItOutEnabled: false },
      theme: { title: 'PressWatch API' },
    });
  });
}
