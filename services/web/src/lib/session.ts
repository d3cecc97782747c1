// Who is logged in: GET /auth/me at start, POST /auth/login, POST /auth/logout; the CSRF token
// goes to the API client for every change.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { ApiError, api, setCsrfToken } from '../api/client.ts';
import type { Me, Role } from '../api/types.ts';

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, press_officer: 2, admin: 3 };

export function atLeast(me: Me | null, role: Role): boolean {
  return !!me && RANK[me.role] >= RANK[role];
}

export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken ?? null);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logIn(username: string, password: string): Promise<Me> {
  const me = await api.post<Me>('/auth/login', { username, password });
  setCsrfToken(me.csrfToken ?? null);
  return me;
}

export async function logOut(): Promise<void> {
  await api.post('/auth/logout');
  setCsrfToken(null);
}

export interface SessionState {
  me: Me | null;
  setMe(me: Me | null): void;
}

export const SessionContext = createContext<SessionState>({ me: null, setMe: () => {} });

export function useSession(): SessionState {
  return useContext(SessionContext);
}
