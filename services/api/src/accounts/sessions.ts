// Login sessions: a random id that lives only in a signed, HttpOnly cookie (the store keeps its
// hash) and a CSRF token bound to it, which the browser sends back in the x-csrf-token header.
import { randomBytes } from 'node:crypto';
import type { Session, SessionRepository } from '@presswatch/domain';

export const SESSION_COOKIE = 'pw_session';
export const CSRF_HEADER = 'x-csrf-token';

export async function openSession(
  sessions: SessionRepository,
  userId: string,
  ttlMs: number,
  now = new Date(),
): Promise<Session> {
  const session: Session = {
    id: randomBytes(32).toString('base64url'),
    userId,
    csrfToken: randomBytes(32).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
  };
  await sessions.create(session);
  return session;
}

export function cookieOptions(secure: boolean, ttlMs: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    signed: true,
    maxAge: Math.floor(ttlMs / 1000),
  };
}
