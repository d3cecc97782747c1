// Who is calling: a person through a session cookie, or an integration through an API token.
import type { Role } from '@presswatch/domain';

export interface Principal {
  /** user: a person through a session cookie; token: an API token. */
  kind: 'user' | 'token';
  /** The user id for a session, the token id for a token. */
  id: string;
  /** The person behind the request: the session's user or the token's owner (null: ownerless token). */
  userId: string | null;
  /** Username, or the token's name. */
  name: string;
  /** What the caller may do now (a token's role is capped by its owner's current role). */
  role: Role;
  /** Sessions only. */
  sessionId: string | null;
  csrfToken: string | null;
}

/** The audit log's actor: "user:<id>" for people, "token:<id>" for integrations. */
export function actorOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  return `${principal.kind}:${principal.id}`;
}

/** Owner key for things a caller owns (saved searches): the user, or the ownerless token itself. */
export function ownerKeyOf(principal: Principal): string {
  return principal.userId ?? `token:${principal.id}`;
}
