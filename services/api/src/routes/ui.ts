// The web UI's static assets (built, nothing loaded from the internet).
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export default async function uiRoutes(app: FastifyInstance) {
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: ['index.html'] });
}
