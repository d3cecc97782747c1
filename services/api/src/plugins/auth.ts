// Authentication and authorisation for every route.
//
// Every route declares who may call it, in its options: `config: { roles: atLeast('analyst') }`,
// `config: { roles: ['admin'] }` or `config: { roles: 'public' }` (helpers in accounts/roles.ts:
// viewer < analyst < press_officer < admin). `preHandler: app.requireRole('admin', …)` declares
// the same thing (its roles are copied into config.roles). A route without roles stops the app at start-up
// (onReady), and every registered route is listed in `app.routeTable` so the role-matrix test
// (test/role-matrix.test.ts) checks each one for each role. Routes that plugins add for us (static
// files, docs) are made public by registering them inside `publicContext()`.
//
// Callers: `Authorization: Bearer <token>` (integrations), or the signed session cookie (people).
// Cookie-authenticated requests with unsafe methods must echo the session's CSRF token in the
// x-csrf-token header; bearer requests need not (a browser never adds that header by itself).
// Anonymous → 401, a role not allowed or a bad CSRF token → 403, all as problem+json.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import cookie from '@fastify/cookie';
import type { Role, TokenRepository } from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { type CredentialStores, principalFromSession, principalFromToken } from '../accounts/credentials.ts';
import type { Principal } from '../accounts/principal.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../accounts/sessions.ts';
import { sendProblem } from './problem-details.ts';

export type RouteRoles = 'public' | readonly Role[];

export interface RouteEntry {
  method: string;
  url: string;
  roles: RouteRoles | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Required on every route (see the header of plugins/auth.ts). */
    roles?: RouteRoles;
    /** GET /metrics only: the metrics token (ApiDeps.metricsToken) is accepted as well. */
    metricsScrape?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Why presented credentials were refused (for the 401 detail). */
    authFailure: string | null;
  }
  interface FastifyInstance {
    /** Every route registered after the auth plugin, with its declared roles. */
    routeTable: RouteEntry[];
    /** Declares a route's roles from its preHandler (same as config.roles; the check is global). */
    requireRole(...roles: Role[]): RolePreHandler;
  }
}

export interface AuthOptions {
  stores?: CredentialStores;
  /** Only when the plugin is used alone (a test of one route file): bearer tokens, no owners, no sessions. */
  tokens?: TokenRepository;
  /** Signs the session cookie (default: random, per process). */
  cookieSecret?: string;
  metricsToken?: string | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Problem type of a 403 for a role the route does not allow (other 403s have their own). */
export const ROLE_PROBLEM = 'urn:presswatch:role';
const DECLARED_ROLES = Symbol('declaredRoles');

type RolePreHandler = ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) & {
  [DECLARED_ROLES]: readonly Role[];
};

function requireRole(...roles: Role[]): RolePreHandler {
  // authorize() has already enforced the roles by the time preHandlers run.
  const handler = async () => {};
  return Object.assign(handler, { [DECLARED_ROLES]: roles });
}

/** Roles declared through app.requireRole in a route's preHandler, if any. */
function rolesFromPreHandler(route: RouteOptions): readonly Role[] | undefined {
  const handlers = [route.preHandler ?? []].flat() as Partial<RolePreHandler>[];
  return handlers.find((handler) => handler[DECLARED_ROLES])?.[DECLARED_ROLES];
}

export function bearerSecret(request: FastifyRequest): string | null {
  const match = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Registers `plugin` in a child context where every route it adds without roles is public. */
export async function publicContext(
  app: FastifyInstance,
  plugin: (child: FastifyInstance) => Promise<void>,
): Promise<void> {
  await app.register(async (child) => {
    child.addHook('onRoute', (route: RouteOptions) => {
      route.config = { ...route.config, roles: route.config?.roles ?? 'public' };
    });
    await plugin(child);
  });
}

/** Tokens without owners or sessions: the plugin used alone (AuthOptions.tokens). */
async function principalFromTokenOnly(tokens: TokenRepository, secret: string): Promise<Principal | null> {
  const token = await tokens.findBySecretHash(hashTokenSecret(secret));
  if (!token) return null;
  const { id, name, role } = token;
  return { kind: 'token', id, userId: null, name, role, sessionId: null, csrfToken: null };
}

async function authenticate(options: AuthOptions, request: FastifyRequest): Promise<void> {
  const { stores, tokens } = options;
  const secret = bearerSecret(request);
  if (secret) {
    if (stores) request.principal = await principalFromToken(stores, secret);
    else if (tokens) request.principal = await principalFromTokenOnly(tokens, secret);
    if (!request.principal) request.authFailure = 'Invalid or revoked token';
    return;
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw || !stores) return;
  const unsigned = request.unsignCookie(raw);
  request.principal =
    unsigned.valid && unsigned.value ? await principalFromSession(stores, unsigned.value) : null;
  if (!request.principal) request.authFailure = 'Session expired or invalid; log in again';
}

function authorize(request: FastifyRequest, reply: FastifyReply, metricsToken: string | null) {
  if (request.is404) return;
  const { roles, metricsScrape } = request.routeOptions.config;
  if (roles === undefined) {
    request.log.error({ route: request.routeOptions.url }, 'route declares no roles; refusing');
    return sendProblem(reply, 403, { detail: 'This route declares no roles' });
  }
  if (roles === 'public') return;
  const secret = bearerSecret(request);
  if (metricsScrape && metricsToken && secret && sameSecret(secret, metricsToken)) return;
  const principal = request.principal;
  if (!principal) {
    reply.header('WWW-Authenticate', 'Bearer realm="presswatch"');
    return sendProblem(reply, 401, { detail: request.authFailure ?? 'Authentication required' });
  }
  if (!roles.includes(principal.role)) {
    return sendProblem(reply, 403, { type: ROLE_PROBLEM, detail: `Requires role ${roles.join(' or ')}` });
  }
  if (principal.kind === 'user' && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) {
      return sendProblem(reply, 403, {
        type: 'urn:presswatch:csrf',
        detail: `Missing or wrong ${CSRF_HEADER}`,
      });
    }
  }
}

export default fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    const cookieSecret = options.cookieSecret ?? randomBytes(32).toString('base64url');
    await app.register(cookie, { secret: cookieSecret, hook: 'onRequest' });
    app.decorateRequest('principal', null);
    app.decorateRequest('authFailure', null);

    const routeTable: RouteEntry[] = [];
    const routes: RouteOptions[] = [];
    app.decorate('routeTable', routeTable);
    app.decorate('requireRole', requireRole);
    app.addHook('onRoute', (route) => {
      const declared = route.config?.roles ?? rolesFromPreHandler(route);
      if (declared !== undefined) route.config = { ...route.config, roles: declared };
      routes.push(route);
    });
    // Checked once every plugin has added its routes (child contexts' onRoute hooks run after ours).
    app.addHook('onReady', async () => {
      for (const route of routes) {
        for (const method of [route.method].flat()) {
          routeTable.push({ method, url: route.url, roles: route.config?.roles });
        }
      }
      const missing = routeTable.filter((r) => r.roles === undefined).map((r) => `${r.method} ${r.url}`);
      if (missing.length > 0) {
        throw new Error(`Routes without config.roles (see plugins/auth.ts): ${missing.join(', ')}`);
      }
    });

    app.addHook('onRequest', async (request) => authenticate(options, request));
    const metricsToken = options.metricsToken ?? null;
    app.addHook('onRequest', async (request, reply) => authorize(request, reply, metricsToken));
  },
  { name: 'auth', dependencies: ['problem-details'] },
);
