// The web UI's static assets (built, nothing loaded from the internet), open to all: the page
// asks for a login or a token before it calls the API.
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicContext } from '../plugins/auth.ts';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export default async function uiRoutes(app: FastifyInstance) {
  await publicContext(app, async (child) => {
    await child.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: ['index.html'] });
  });
}
