// People log in and out here; integrations use bearer tokens instead.
//   POST /auth/login     {username, password} → session cookie + {user, csrfToken}; 401; 429 + Retry-After
//   POST /auth/logout    ends the session (cookie + x-csrf-token)
//   GET  /auth/me        who is calling, and the CSRF token for a session
//   POST /auth/password  {currentPassword, newPassword}: ends every session, opens a new one
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SessionRepository, UserRepository } from '@presswatch/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden } from '../accounts/errors.ts';
import type { LoginGuard } from '../accounts/login.ts';
import type { PasswordHasher } from '../accounts/passwords.ts';
import { ANY_ROLE } from '../accounts/roles.ts';
import { cookieOptions, openSession, SESSION_COOKIE } from '../accounts/sessions.ts';
import { resetPassword } from '../accounts/users.ts';
import { meView } from '../accounts/views.ts';
import { sendProblem } from '../plugins/problem-details.ts';
import { ChangePasswordBody, LoginBody, Me } from '../schemas/account.ts';
import { problemResponses } from '../schemas/problem.ts';

export interface AuthRouteOptions {
  stores: { users: UserRepository; sessions: SessionRepository };
  guard: LoginGuard;
  hasher: PasswordHasher;
  sessionTtlMs: number;
  secureCookies: boolean;
  /** Login attempts per minute per IP address (on top of the per-user lockout). */
  loginsPerMinute: number;
}

const NoContent = { 204: { type: 'null', description: 'Done' } };

export default async function authRoutes(fastify: FastifyInstance, options: AuthRouteOptions) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { users, sessions } = options.stores;

  async function startSession(request: FastifyRequest, reply: FastifyReply, userId: string) {
    const session = await openSession(sessions, userId, options.sessionTtlMs);
    reply.setCookie(SESSION_COOKIE, session.id, cookieOptions(options.secureCookies, options.sessionTtlMs));
    const user = await users.get(userId);
    request.principal = {
      kind: 'user',
      id: userId,
      userId,
      name: user?.username ?? userId,
      role: user?.role ?? 'viewer',
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
    return meView(request.principal, users);
  }

  app.post(
    '/auth/login',
    {
      config: {
        roles: 'public',
        rateLimit: { max: options.loginsPerMinute, timeWindow: 60_000, keyGenerator: (r) => `login:${r.ip}` },
      },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: Me, ...problemResponses } },
    },
    async (request, reply) => {
      const result = await options.guard.attempt(request.body.username, request.body.password, request.ip);
      if (result.kind === 'locked') {
        reply.header('retry-after', String(result.retryAfterSeconds));
        return sendProblem(reply, 429, { detail: 'Too many failed logins; try again later' });
      }
      if (result.kind === 'invalid') {
        request.log.warn({ ip: request.ip }, 'login failed');
        return sendProblem(reply, 401, { detail: 'Invalid username or password' });
      }
      await sessions.purgeExpired(new Date());
      const me = await startSession(request, reply, result.user.id);
      await app.audit(request, 'auth.login', result.user.id);
      return me;
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { roles: ANY_ROLE },
      schema: { tags: ['auth'], response: { ...NoContent, ...problemResponses } },
    },
    async (request, reply) => {
      const sessionId = request.principal?.sessionId;
      if (sessionId) {
        await sessions.delete(sessionId);
        await app.audit(request, 'auth.logout', request.principal?.id ?? null);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    { config: { roles: ANY_ROLE }, schema: { tags: ['auth'], response: { 200: Me, ...problemResponses } } },
    async (request) => meView(request.principal!, users),
  );

  app.post(
    '/auth/password',
    {
      config: { roles: ANY_ROLE },
      schema: { tags: ['auth'], body: ChangePasswordBody, response: { 200: Me, ...problemResponses } },
    },
    async (request, reply) => {
      const principal = request.principal!;
      if (principal.kind !== 'user') throw forbidden('Only a logged-in person can change a password');
      const user = await users.get(principal.id);
      if (!user) throw forbidden('No such user');
      const check = await options.guard.attempt(user.username, request.body.currentPassword, request.ip);
      if (check.kind === 'locked') {
        reply.header('retry-after', String(check.retryAfterSeconds));
        return sendProblem(reply, 429, { detail: 'Too many failed attempts; try again later' });
      }
      if (check.kind === 'invalid') return sendProblem(reply, 403, { detail: 'Current password is wrong' });
      await resetPassword({ users, sessions }, user.id, request.body.newPassword, options.hasher);
      const me = await startSession(request, reply, user.id);
      await app.audit(request, 'user.password', user.id, { by: 'self' });
      return me;
    },
  );
}
