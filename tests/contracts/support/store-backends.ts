// What every engine-store contract suite does to get a backend: SQLite over a file in a fresh temp
// dir, or the search engine over a fresh index prefix on the test node (each client kind it can be
// reached through), a visible skip when there is no node, and a fresh backend per test. The
// per-group modules (accounts-, crawl-, notifier-stores) only say which stores a backend holds.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngineClient, type EngineClient, type EngineKind } from '@presswatch/storage-search';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { waitForSearchNode } from '../../support/search-node.ts';

export const searchUrl = inject('searchUrl');
const searchEsCompatUrl = inject('searchEsCompatUrl');
const searchUnavailable = inject('searchUnavailable');
let searchNodeUp: Promise<void> | null = null;

/** A backend's stores, plus the same data opened again as a second process would see it. */
export interface StoreBackend<S> {
  stores: S;
  /** The same data through another connection or client, as a second process sees it. */
  second(): Promise<S>;
  close(): Promise<void>;
}

export interface BackendAdapter<B> {
  name: string;
  open(): Promise<B>;
}

/** The client kinds the test node can be reached through: OpenSearch, and Elasticsearch via the proxy. */
export interface EngineTarget {
  engine: EngineKind;
  url: string;
}

/** `engines` limits the kinds; empty when there is no search node. */
export function engineTargets(engines: EngineKind[] = ['opensearch', 'elasticsearch']): EngineTarget[] {
  const urls: Record<EngineKind, string> = { opensearch: searchUrl, elasticsearch: searchEsCompatUrl };
  if (!searchUrl) return [];
  return engines.filter((engine) => urls[engine] !== '').map((engine) => ({ engine, url: urls[engine] }));
}

/** Waits (once per suite file) for the lazily started test node, then hands out a fresh index prefix. */
export async function freshEnginePrefix(): Promise<string> {
  searchNodeUp ??= waitForSearchNode(searchUrl);
  await searchNodeUp;
  return `pwc-${randomUUID().slice(0, 12)}`;
}

/** A fresh temp dir holding `store.db`; `remove()` deletes it. */
export function scratchDatabase(label: string): { path: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `presswatch-${label}-`));
  return { path: join(dir, 'store.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** SQLite over a file in a fresh temp dir; `second()` is another connection to the same file. */
export function openSqliteBackend(label: string): StoreBackend<SqliteStorage> & { path: string } {
  const db = scratchDatabase(label);
  const opened: SqliteStorage[] = [openSqliteStorage({ path: db.path })];
  return {
    path: db.path,
    stores: opened[0] as SqliteStorage,
    async second() {
      const storage = openSqliteStorage({ path: db.path });
      opened.push(storage);
      return storage;
    },
    async close() {
      for (const storage of opened) storage.close();
      db.remove();
    },
  };
}

export type EngineGroupFactory<S> = (options: {
  client: EngineClient;
  prefix: string;
  replicas: number;
}) => S;

/**
 * The search engine over a fresh prefix; `second()` is another client on the same prefix. Closing
 * drops the prefix's indices. `first` is the first client, for reading the backend directly.
 */
export async function openEngineBackend<S>(
  target: EngineTarget,
  createGroup: EngineGroupFactory<S>,
): Promise<StoreBackend<S> & { prefix: string; first: EngineClient }> {
  const prefix = await freshEnginePrefix();
  const clients: EngineClient[] = [];
  const group = () => {
    const client = createEngineClient(target.url, target.engine);
    clients.push(client);
    return createGroup({ client, prefix, replicas: 0 });
  };
  const stores = group();
  return {
    prefix,
    first: clients[0] as EngineClient,
    stores,
    second: async () => group(),
    async close() {
      await clients[0]?.deleteIndices(`${prefix}-*`);
      await Promise.all(clients.map((client) => client.close()));
    },
  };
}

export interface StoreGroup<S> {
  /** Names the temp dir: `presswatch-<label>-…`. */
  label: string;
  /** The group's stores out of a SQLite storage (which implements every port): usually itself. */
  fromSqlite(storage: SqliteStorage): S;
  createEngineGroup: EngineGroupFactory<S>;
  /** The engine client kinds to run against (default: both). */
  engines?: EngineKind[];
}

/** The SQLite adapter plus one search-engine adapter per reachable client kind, for one store group. */
export function storeAdapters<S>(group: StoreGroup<S>): BackendAdapter<StoreBackend<S>>[] {
  const sqlite: BackendAdapter<StoreBackend<S>> = {
    name: 'sqlite',
    async open() {
      const backend = openSqliteBackend(group.label);
      return {
        stores: group.fromSqlite(backend.stores),
        second: async () => group.fromSqlite(await backend.second()),
        close: () => backend.close(),
      };
    },
  };
  const engineAdapters = engineTargets(group.engines).map((target) => ({
    name: `search-engine (${target.engine} client)`,
    open: () => openEngineBackend(target, group.createEngineGroup),
  }));
  return [sqlite, ...engineAdapters];
}

/**
 * Without a search node (and CI not set: under CI the global setup fails instead), says so with a
 * visible skip. Registered only then, so a run with a node reports no skipped test.
 */
export function reportMissingSearchNode(suite: string): void {
  if (searchUrl !== '') return;
  describe(`${suite}: search engine`, () => {
    it.skip(`skipped: no search node (${searchUnavailable})`, () => {
      expect(searchUrl).not.toBe('');
    });
  });
}

/** Call inside a describe: opens a fresh backend before each test and closes it after. */
export function useBackend<B extends { close(): Promise<void> }>(adapter: BackendAdapter<B>): () => B {
  let backend: B | null = null;
  beforeEach(async () => {
    backend = await adapter.open();
  });
  afterEach(async () => {
    await backend?.close();
    backend = null;
  });
  return () => {
    if (!backend) throw new Error('no backend open');
    return backend;
  };
}
