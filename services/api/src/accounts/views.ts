// How accounts leave the API: users without credentials, tokens without secrets, "me".
import type { ApiToken, User, UserRepository } from '@presswatch/domain';
import type { Principal } from './principal.ts';

export const userView = (user: User) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  email: user.email,
  role: user.role,
  timeZone: user.timeZone,
  locale: user.locale,
  disabled: user.disabled,
  createdAt: user.createdAt,
});

export const tokenView = (token: ApiToken, ownerId: string | null) => ({
  id: token.id,
  name: token.name,
  role: token.role,
  ownerId,
  createdAt: token.createdAt,
  revokedAt: token.revokedAt,
});

export async function meView(principal: Principal, users: UserRepository) {
  const user = principal.userId ? await users.get(principal.userId) : null;
  return {
    user: user ? userView(user) : null,
    via: principal.kind === 'user' ? ('session' as const) : ('token' as const),
    role: principal.role,
    ...(principal.kind === 'token' ? { token: { id: principal.id, name: principal.name } } : {}),
    ...(principal.csrfToken ? { csrfToken: principal.csrfToken } : {}),
  };
}
