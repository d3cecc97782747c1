// Turns presented credentials into a Principal: a bearer token (looked up by the hash of its
// secret; dead when its owner is disabled; capped at its owner's role) or a session id.
import type {
  SessionRepository,
  TokenOwnerRepository,
  TokenRepository,
  UserRepository,
} from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import type { Principal } from './principal.ts';
import { lowerRole } from './roles.ts';

export interface CredentialStores {
  tokens: TokenRepository;
  tokenOwners: TokenOwnerRepository;
  users: UserRepository;
  sessions: SessionRepository;
}

export async function principalFromToken(
  stores: CredentialStores,
  secret: string,
): Promise<Principal | null> {
  const token = await stores.tokens.findBySecretHash(hashTokenSecret(secret));
  if (!token) return null;
  const ownerId = await stores.tokenOwners.ownerOf(token.id);
  const owner = ownerId ? await stores.users.get(ownerId) : null;
  if (ownerId && (!owner || owner.disabled)) return null;
  return {
    kind: 'token',
    id: token.id,
    userId: ownerId,
    name: token.name,
    role: owner ? lowerRole(token.role, owner.role) : token.role,
    sessionId: null,
    csrfToken: null,
  };
}

export async function principalFromSession(
  stores: CredentialStores,
  sessionId: string,
  now = new Date(),
): Promise<Principal | null> {
  const session = await stores.sessions.get(sessionId);
  if (!session) return null;
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await stores.sessions.delete(sessionId);
    return null;
  }
  const user = await stores.users.get(session.userId);
  if (!user || user.disabled) return null;
  return {
    kind: 'user',
    id: user.id,
    userId: user.id,
    name: user.username,
    role: user.role,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}
