// User administration (admins only). Users are never deleted (the audit log refers to them):
// disable them instead, which ends their sessions and stops their tokens.
//   GET   /api/users                 every user
//   POST  /api/users                 create {username, password, role, …}
//   GET   /api/users/:id
//   PATCH /api/users/:id             displayName, email, role, disabled, timeZone, locale
//   POST  /api/users/:id/password    set a new password (ends the user's sessions, clears lockout)
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { SessionRepository, UserRepository } from '@presswatch/domain';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../accounts/errors.ts';
import type { PasswordHasher } from '../accounts/passwords.ts';
import { createUser, resetPassword, updateUser } from '../accounts/users.ts';
import { userView } from '../accounts/views.ts';
import { NewUserBody, PasswordBody, UserList, UserPatchBody, UserView } from '../schemas/account.ts';
import { IdParams } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';

const ADMIN = { roles: ['admin'] as const };
const errors = { ...problemResponses, 409: Type.Ref('Problem') };

export default async function userRoutes(
  fastify: FastifyInstance,
  options: { stores: { users: UserRepository; sessions: SessionRepository }; hasher: PasswordHasher },
) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { users } = options.stores;

  app.get(
    '/api/users',
    { config: ADMIN, schema: { tags: ['users'], response: { 200: UserList, ...problemResponses } } },
    async () => ({ users: (await users.list()).map(userView) }),
  );

  app.post(
    '/api/users',
    { config: ADMIN, schema: { tags: ['users'], body: NewUserBody, response: { 201: UserView, ...errors } } },
    async (request, reply) => {
      const user = await createUser(users, request.body, options.hasher);
      await app.audit(request, 'user.create', user.id, { username: user.username, role: user.role });
      return reply.code(201).send(userView(user));
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: ADMIN,
      schema: { tags: ['users'], params: IdParams, response: { 200: UserView, ...problemResponses } },
    },
    async (request) => {
      const user = await users.get(request.params.id);
      if (!user) throw notFound(`No user ${request.params.id}`);
      return userView(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: ADMIN,
      schema: {
        tags: ['users'],
        params: IdParams,
        body: UserPatchBody,
        response: { 200: UserView, ...problemResponses },
      },
    },
    async (request) => {
      const { before, after } = await updateUser(options.stores, request.params.id, request.body);
      const changed = Object.keys(request.body).filter(
        (key) => before[key as keyof typeof before] !== after[key as keyof typeof after],
      );
      await app.audit(request, after.role !== before.role ? 'user.role' : 'user.update', after.id, {
        changed,
        ...(after.role !== before.role ? { from: before.role, to: after.role } : {}),
      });
      return userView(after);
    },
  );

  app.post(
    '/api/users/:id/password',
    {
      config: ADMIN,
      schema: {
        tags: ['users'],
        params: IdParams,
        body: PasswordBody,
        response: { 204: { type: 'null' }, ...problemResponses },
      },
    },
    async (request, reply) => {
      await resetPassword(options.stores, request.params.id, request.body.password, options.hasher);
      await app.audit(request, 'user.password', request.params.id, { by: 'admin' });
      return reply.code(204).send();
    },
  );
}
