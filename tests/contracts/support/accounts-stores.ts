// The backends of the accounts-group contract suites (users, sessions, API tokens and their
// owners, dossiers, the argument library): SQLite over a file in a temp dir, and the search
// engine over a fresh index prefix on the test node (OpenSearch client). `second()` opens the
// same data again as another process would (a second SQLite connection to the file, a second
// engine client on the prefix), for the tests where two writers race. The set-up itself lives in
// store-backends.ts; this module adds reading the stored session keys from each backend.
import { createHash } from 'node:crypto';
import type { User } from '@presswatch/domain';
import { type AccountsGroup, createAccountsGroup } from '@presswatch/storage-search';
import Database from 'better-sqlite3';
import {
  type BackendAdapter,
  engineTargets,
  openEngineBackend,
  openSqliteBackend,
  type StoreBackend,
} from './store-backends.ts';

export { reportMissingSearchNode, useBackend } from './store-backends.ts';

/** The accounts group's stores, the same on either backend. */
export type AccountsStores = AccountsGroup;

export interface AccountsBackend extends StoreBackend<AccountsStores> {
  /** The keys sessions are stored under, read from the backend itself (not through the port). */
  storedSessionKeys(): Promise<string[]>;
}

export type AccountsAdapter = BackendAdapter<AccountsBackend>;

/** A user to store in tests (fictional). */
export function user(id: string, username: string, overrides: Partial<User> = {}): User {
  return {
    id,
    username,
    displayName: `Người dùng ${id}`,
    email: null,
    role: 'analyst',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi',
    disabled: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const sqlite: AccountsAdapter = {
  name: 'sqlite',
  async open() {
    const backend = openSqliteBackend('accounts-stores');
    return {
      ...backend,
      async storedSessionKeys() {
        const db = new Database(backend.path, { readonly: true });
        const keys = db.prepare('SELECT id_hash FROM sessions').pluck().all() as string[];
        db.close();
        return keys;
      },
    };
  },
};

const searchEngines: AccountsAdapter[] = engineTargets(['opensearch']).map((target) => ({
  name: `search-engine (${target.engine} client)`,
  async open() {
    const backend = await openEngineBackend(target, createAccountsGroup);
    const index = `${backend.prefix}-sessions`;
    return {
      ...backend,
      async storedSessionKeys() {
        await backend.first.refresh(index); // logins do not wait for a refresh
        const response = await backend.first.search(index, { query: { match_all: {} }, size: 100 });
        return response.hits.hits.map((hit) => hit._id);
      },
    };
  },
}));

export const ACCOUNTS_ADAPTERS: AccountsAdapter[] = [sqlite, ...searchEngines];
