import { Type } from '@sinclair/typebox';
import { RoleSchema } from './account.ts';
import { Nullable } from './common.ts';

export const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  ownerId: Nullable(Type.String()),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});

export const TokenList = Type.Object({ tokens: Type.Array(TokenView) });

export const NewTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  role: Type.Optional({
    ...RoleSchema,
    description: 'At most the creator’s role; default the creator’s role',
  }),
});

export const CreatedToken = Type.Object({
  token: TokenView,
  secret: Type.String({ description: 'Shown once: only its hash is stored' }),
});
