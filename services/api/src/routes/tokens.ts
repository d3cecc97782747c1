// API tokens for integrations. The secret is shown once, at creation; only its hash is stored.
// A token's role is at most its creator's, and it belongs to its creator (whose disabling stops it).
// Admins see and revoke every token; everyone else only their own.
//   GET    /api/tokens        list
//   POST   /api/tokens        {name, role?} → 201 {token, secret}
//   GET    /api/tokens/:id
//   DELETE /api/tokens/:id    revoke (the secret stops working at once)
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ApiToken, TokenOwnerRepository, TokenRepository } from '@presswatch/domain';
import { hashTokenSecret, newTokenSecret } from '@presswatch/platform';
import type { FastifyInstance } from 'fastify';
import { forbidden, notFound } from '../accounts/errors.ts';
import type { Principal } from '../accounts/principal.ts';
import { ANY_ROLE, roleRank } from '../accounts/roles.ts';
import { tokenView } from '../accounts/views.ts';
import { IdParams } from '../schemas/common.ts';
import { problemResponses } from '../schemas/problem.ts';
import { CreatedToken, NewTokenBody, TokenList, TokenView } from '../schemas/token.ts';

interface TokenStores {
  tokens: TokenRepository;
  tokenOwners: TokenOwnerRepository;
}

const EVERYONE = { roles: ANY_ROLE };

export default async function tokenRoutes(fastify: FastifyInstance, options: { stores: TokenStores }) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { tokens, tokenOwners } = options.stores;

  /** Tokens the caller may see, each with its owner. */
  async function visibleTokens(principal: Principal) {
    const all = await tokens.list();
    const withOwners = await Promise.all(
      all.map(async (token) => ({ token, ownerId: await tokenOwners.ownerOf(token.id) })),
    );
    if (principal.role === 'admin') return withOwners;
    return withOwners.filter((entry) => entry.ownerId !== null && entry.ownerId === principal.userId);
  }

  async function findVisible(principal: Principal, id: string) {
    const found = (await visibleTokens(principal)).find((entry) => entry.token.id === id);
    if (!found) throw notFound(`No token ${id}`);
    return found;
  }

  app.get(
    '/api/tokens',
    { config: EVERYONE, schema: { tags: ['tokens'], response: { 200: TokenList, ...problemResponses } } },
    async (request) => ({
      tokens: (await visibleTokens(request.principal!)).map((e) => tokenView(e.token, e.ownerId)),
    }),
  );

  app.post(
    '/api/tokens',
    {
      config: EVERYONE,
      schema: { tags: ['tokens'], body: NewTokenBody, response: { 201: CreatedToken, ...problemResponses } },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const role = request.body.role ?? principal.role;
      if (roleRank(role) > roleRank(principal.role)) {
        throw forbidden(`A token cannot have a higher role than its creator (${principal.role})`);
      }
      const secret = newTokenSecret();
      const token: ApiToken = await tokens.create({
        id: randomUUID(),
        name: request.body.name,
        role,
        secretHash: hashTokenSecret(secret),
      });
      if (principal.userId) await tokenOwners.setOwner(token.id, principal.userId);
      await app.audit(request, 'token.create', token.id, { name: token.name, role });
      return reply.code(201).send({ token: tokenView(token, principal.userId), secret });
    },
  );

  app.get(
    '/api/tokens/:id',
    {
      config: EVERYONE,
      schema: { tags: ['tokens'], params: IdParams, response: { 200: TokenView, ...problemResponses } },
    },
    async (request) => {
      const { token, ownerId } = await findVisible(request.principal!, request.params.id);
      return tokenView(token, ownerId);
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: EVERYONE,
      schema: {
        tags: ['tokens'],
        params: IdParams,
        response: { 204: { type: 'null' }, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { token } = await findVisible(request.principal!, request.params.id);
      if (!token.revokedAt) {
        await tokens.revoke(token.id);
        await app.audit(request, 'token.revoke', token.id, { name: token.name });
      }
      return reply.code(204).send();
    },
  );
}
