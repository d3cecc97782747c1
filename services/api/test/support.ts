// Test support: the real app over a real SQLite file in a temp folder, with one API token per
// role and helpers to create users and log in through the real routes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Item, ROLES, type Role } from '@presswatch/domain';
import { hashTokenSecret } from '@presswatch/platform';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { createPasswordHasher } from '../src/accounts/passwords.ts';
import { createUser } from '../src/accounts/users.ts';
import { type ApiDeps, buildApp } from '../src/app.ts';

export const PASSWORD = 'mật-khẩu-thử-nghiệm-1';
/** Real scrypt with a cheaper cost (N=2^12) so suites stay fast; the default is tested in passwords.test.ts. */
export const TEST_HASHER = createPasswordHasher({ ln: 12, r: 8, p: 1 });

export interface TestApi {
  app: FastifyInstance;
  storage: SqliteStorage;
  /** A bearer token per role (ownerless, like the environment's admin token). */
  tokens: Record<Role, string>;
  bearer(role: Role): { authorization: string };
  close(): Promise<void>;
}

/** `storageOptions`: e.g. a small exactCountBound, to reach the estimated-count path with few items. */
export async function startTestApi(
  overrides: Partial<ApiDeps> = {},
  storageOptions: { exactCountBound?: number } = {},
): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-api-'));
  const storage = openSqliteStorage({ path: join(dir, 'pw.db'), ...storageOptions });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    tokens[role] = `test-${role}-token-0123456789`;
    await storage.tokens.create({
      id: `tk-${role}`,
      name: role,
      role,
      secretHash: hashTokenSecret(tokens[role]),
    });
  }
  const app = await buildApp({
    stores: storage,
    readiness: async () => ({ ready: true, checks: { storage: true } }),
    logger: pino({ level: 'silent' }),
    limits: { requestsPerMinute: 100_000, loginsPerMinute: 100_000 },
    passwordHasher: TEST_HASHER,
    ...overrides,
  });
  await app.ready();
  return {
    app,
    storage,
    tokens,
    bearer: (role) => ({ authorization: `Bearer ${tokens[role]}` }),
    async close() {
      await app.close();
      storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addUser(storage: SqliteStorage, username: string, role: Role, password = PASSWORD) {
  return createUser(storage.users, { username, password, role }, TEST_HASHER);
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for a cookie-authenticated change (cookie + CSRF token). */
  headers: Record<string, string>;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'pw_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  return `pw_session=${cookie.value}`;
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD): Promise<Session> {
  const response = await app.inject({ method: 'POST', url: '/auth/login', payload: { username, password } });
  const cookie = sessionCookie(response);
  const csrf = response.json().csrfToken as string;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export function testItem(id: string, publishedAt: string, fields: Partial<Item> = {}): Item {
  return {
    id,
    url: `https://bao-thu.example/${id}`,
    canonicalUrl: `https://bao-thu.example/${id}`,
    sourceId: 'bao-thu',
    sourceName: 'Báo Thử',
    title: `Tin thử ${id}`,
    byline: null,
    publishedAt,
    fetchedAt: publishedAt,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung do nhóm phát triển viết để thử nghiệm.',
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...fields,
  };
}

export async function indexItems(storage: SqliteStorage, items: Item[]): Promise<void> {
  await storage.items.upsertMany(items);
  await storage.search.indexMany(items);
}
