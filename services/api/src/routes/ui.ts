// The web UI (services/web, built by `npm run build:ui` into services/web/dist), open to all: the
// page asks for a login before it calls the API. Client-side routes (/search, /items/…) get
// index.html (SPA fallback); API-like paths keep their 404 problem. Without a build every UI path
// answers 503 with how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicContext } from '../plugins/auth.ts';

export const UI_DIST_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Paths that belong to the server, never to the client router. */
const SERVER_PREFIXES = ['/api/', '/auth/', '/feeds/', '/docs', '/metrics', '/healthz', '/readyz'];

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PressWatch: web UI not built</title></head>
<body><h1>PressWatch: the web UI is not built</h1>
<p>The API is running, but <code>services/web/dist</code> is missing. Build the UI once with</p>
<pre>npm run build:ui</pre>
<p>(<code>npm start</code>, <code>npm run demo</code> and <code>npm test</code> build it first), then reload.</p>
<p>Giao diện web chưa được build: chạy <code>npm run build:ui</code> rồi tải lại trang.</p>
</body></html>`;

function isServerPath(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return SERVER_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));
}

/** The built file a path names (`/assets/x.js` → `assets/x.js`), or null for client routes. */
function fileOf(url: string): string | null {
  const path = decodeURIComponent(url.split('?')[0] ?? '/');
  return /\.[a-z0-9]+$/i.test(path) ? path.replace(/^\/+/, '') : null;
}

export default async function uiRoutes(app: FastifyInstance, options: { distDir?: string } = {}) {
  const root = options.distDir ?? UI_DIST_DIR;
  await publicContext(app, async (child) => {
    if (!existsSync(`${root}index.html`)) {
      child.get('/*', async (request, reply) => {
        if (isServerPath(request.url)) return reply.callNotFound();
        return reply
          .code(503)
          .type('text/html; charset=utf-8')
          .header('retry-after', '60')
          .send(NOT_BUILT_PAGE);
      });
      return;
    }
    // One wildcard route (no route per file, so the route table and OpenAPI stay the API's):
    // built files by name (send refuses paths outside root), every other path gets index.html.
    await child.register(fastifyStatic, { root, serve: false });
    child.get('/*', async (request, reply) => {
      if (isServerPath(request.url)) return reply.callNotFound();
      const file = fileOf(request.url);
      if (file?.startsWith('assets/')) return reply.sendFile(file, { maxAge: '365d', immutable: true });
      if (file) return reply.sendFile(file);
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
}
