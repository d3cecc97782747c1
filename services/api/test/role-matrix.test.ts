// Authorisation on every route: each registered route (collected by the auth plugin's onRoute
// hook) is called by nobody and by a token of each role. Roles a route allows never get 401/403
// for their role; the others get 403 (problem type urn:presswatch:role); nobody gets 401 unless
// the route is public. A route registered without roles stops the app before this runs, and the
// routes documented in docs/api.md must keep exactly the roles listed here.
import { ROLES, type Role } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_ROLE, atLeast } from '../src/accounts/roles.ts';
import { buildApp } from '../src/app.ts';
import type { RouteRoles } from '../src/plugins/auth.ts';
import { startTestApi, type TestApi } from './support.ts';

const ADMIN = ['admin'] as const;

/** The documented roles of this part of the API (docs/api.md). */
const EXPECTED: Record<string, RouteRoles> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'POST /auth/login': 'public',
  'POST /auth/logout': ANY_ROLE,
  'GET /auth/me': ANY_ROLE,
  'POST /auth/password': ANY_ROLE,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/:id': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'POST /api/users/:id/password': ADMIN,
  'GET /api/tokens': ANY_ROLE,
  'POST /api/tokens': ANY_ROLE,
  'GET /api/tokens/:id': ANY_ROLE,
  'DELETE /api/tokens/:id': ANY_ROLE,
  'GET /api/audit': ADMIN,
  'GET /api/items': ANY_ROLE,
  'GET /api/items/:id': ANY_ROLE,
  'GET /api/items/export.csv': ANY_ROLE,
  'GET /api/items/export.ndjson': ANY_ROLE,
  'GET /api/sources': ANY_ROLE,
  'GET /api/summaries/topics': ANY_ROLE,
  'GET /api/summaries/domestic': ANY_ROLE,
  'GET /api/summaries/languages': ANY_ROLE,
  'GET /api/summaries/sources': ANY_ROLE,
  'GET /api/summaries/clusters': ANY_ROLE,
  'GET /api/summaries/tone': ANY_ROLE,
  'GET /api/saved-searches': atLeast('analyst'),
  'POST /api/saved-searches': atLeast('analyst'),
  'GET /api/saved-searches/:id': atLeast('analyst'),
  'PATCH /api/saved-searches/:id': atLeast('analyst'),
  'DELETE /api/saved-searches/:id': atLeast('analyst'),
  'GET /api/saved-searches/:id/items': atLeast('analyst'),
  'POST /api/saved-searches/:id/feed': atLeast('analyst'),
  'DELETE /api/saved-searches/:id/feed': atLeast('analyst'),
  'GET /feeds/saved/:token.atom': 'public',
  'GET /metrics': ADMIN,
  'GET /api/openapi.json': 'public',
  'GET /docs/': 'public',
  // The analysts' UI (dossiers, argument library, sources admin, topics, volume).
  'GET /api/dossiers': ANY_ROLE,
  'POST /api/dossiers': atLeast('analyst'),
  'GET /api/dossiers/:id': ANY_ROLE,
  'PATCH /api/dossiers/:id': atLeast('analyst'),
  'DELETE /api/dossiers/:id': atLeast('analyst'),
  'POST /api/dossiers/:id/claims': atLeast('analyst'),
  'POST /api/dossiers/:id/arguments': atLeast('analyst'),
  'PATCH /api/dossiers/:id/sections/:sectionId': atLeast('analyst'),
  'DELETE /api/dossiers/:id/sections/:sectionId': atLeast('analyst'),
  'PUT /api/dossiers/:id/order': atLeast('analyst'),
  'GET /api/dossiers/:id/suggested-arguments': ANY_ROLE,
  'GET /api/dossiers/:id/export.docx': ANY_ROLE,
  'GET /api/dossiers/:id/export.md': ANY_ROLE,
  'GET /api/arguments': ANY_ROLE,
  'POST /api/arguments': atLeast('press_officer'),
  'GET /api/arguments/:id': ANY_ROLE,
  'PATCH /api/arguments/:id': atLeast('press_officer'),
  'DELETE /api/arguments/:id': atLeast('press_officer'),
  'GET /api/sources/:id': ANY_ROLE,
  'POST /api/sources': ADMIN,
  'PATCH /api/sources/:id': ADMIN,
  'DELETE /api/sources/:id': ADMIN,
  'GET /api/topics': ANY_ROLE,
  'GET /api/gazetteer': ANY_ROLE,
  'GET /api/summaries/volume': ANY_ROLE,
};

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/** A URL for a route pattern: parameters and wildcards become "x". */
function urlOf(pattern: string): string {
  return pattern.replace(/:(\w+)/g, 'x').replace(/\*/g, 'x');
}

const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

function allows(roles: RouteRoles, role: Role): boolean {
  return roles === 'public' || roles.includes(role);
}

describe('role matrix', () => {
  it('collects every route with its declared roles', () => {
    const table = api.app.routeTable;
    expect(table.length).toBeGreaterThan(Object.keys(EXPECTED).length);
    for (const route of table) expect(route.roles, routeKey(route)).toBeDefined();
    const declared = new Map(table.map((r) => [routeKey(r), r.roles]));
    for (const [key, roles] of Object.entries(EXPECTED)) {
      expect(declared.has(key), `${key} is registered`).toBe(true);
      const actual = declared.get(key);
      expect(actual === 'public' ? actual : [...(actual ?? [])].sort(), key).toEqual(
        roles === 'public' ? roles : [...roles].sort(),
      );
    }
  });

  it('gives each HEAD route (made by Fastify from a GET) the roles of its GET', () => {
    const declared = new Map(api.app.routeTable.map((r) => [routeKey(r), r.roles]));
    const heads = api.app.routeTable.filter((r) => r.method === 'HEAD');
    expect(heads.length).toBeGreaterThan(0);
    for (const head of heads) {
      // A prefix's root route is reported once as "/docs/" for GET, as "/docs" for HEAD.
      const get = declared.get(`GET ${head.url}`) ?? declared.get(`GET ${head.url}/`);
      expect(head.roles, head.url).toEqual(get);
    }
  });

  it('answers every route for every role as declared', async () => {
    const failures: string[] = [];
    // HEAD answers have no body to tell a role refusal apart; they share their GET's roles (above).
    for (const route of api.app.routeTable.filter((r) => r.method !== 'HEAD')) {
      const roles = route.roles!;
      const request = {
        method: route.method as 'GET',
        url: urlOf(route.url),
        ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { payload: {} } : {}),
      };
      const anonymous = await api.app.inject(request);
      if (roles !== 'public' && anonymous.statusCode !== 401) {
        failures.push(`${routeKey(route)} anonymous → ${anonymous.statusCode}, expected 401`);
      }
      if (roles === 'public' && [401, 403].includes(anonymous.statusCode)) {
        failures.push(`${routeKey(route)} is public but anonymous got ${anonymous.statusCode}`);
      }
      for (const role of ROLES) {
        const response = await api.app.inject({ ...request, headers: api.bearer(role) });
        const roleRefused = response.statusCode === 403 && response.json().type === 'urn:presswatch:role';
        if (allows(roles, role) && (response.statusCode === 401 || roleRefused)) {
          failures.push(`${routeKey(route)} as ${role} → ${response.statusCode}, expected access`);
        }
        if (!allows(roles, role) && !roleRefused) {
          failures.push(`${routeKey(route)} as ${role} → ${response.statusCode}, expected 403`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('stops the app when a route declares no roles', async () => {
    const app = await buildApp({
      stores: api.storage,
      readiness: async () => ({ ready: true, checks: {} }),
      logger: (await import('pino')).pino({ level: 'silent' }),
    });
    app.get('/api/undeclared', async () => ({}));
    await expect(app.ready()).rejects.toThrow(/GET \/api\/undeclared/);
    await app.close().catch(() => {});
  });
});
