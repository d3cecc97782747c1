import { emptySourceState, type FetchedDocument, NotFoundError, type Source } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteStorage } from '../src/index.ts';
import { tempStorage } from './helpers.ts';

function source(id: string, overrides: Partial<Source> = {}): Source {
  return {
    id,
    name: `Source ${id}`,
    url: `https://${id}.example/rss`,
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 300,
    maxPollSeconds: 3600,
    selectors: null,
    enabled: true,
    ...overrides,
  };
}

let storage: SqliteStorage;
let cleanup: () => void;

beforeEach(() => {
  ({ storage, cleanup } = tempStorage());
});

afterEach(() => cleanup());

describe('SourceRepository', () => {
  it('stores a source with an empty state and lists sources', async () => {
    await storage.sources.upsert(source('b'));
    await storage.sources.upsert(source('a', { selectors: { item: 'article a' } }));
    expect(await storage.sources.get('a')).toEqual({
      ...source('a', { selectors: { item: 'article a' } }),
      state: emptySourceState('a'),
    });
    expect((await storage.sources.list()).map((s) => s.id)).toEqual(['a', 'b']);
    expect(await storage.sources.get('missing')).toBeNull();
  });

  it('keeps pipeline state when an administrator edits the source', async () => {
    await storage.sources.upsert(source('a'));
    const state = {
      ...emptySourceState('a'),
      etag: '"v1"',
      nextPollAt: '2025-07-01T10:00:00.000Z',
      consecutiveErrors: 2,
      itemsSeen: 40,
    };
    await storage.sources.saveState(state);
    await storage.sources.upsert(source('a', { name: 'Renamed', maxPollSeconds: 7200 }));
    const stored = await storage.sources.get('a');
    expect(stored?.name).toBe('Renamed');
    expect(stored?.maxPollSeconds).toBe(7200);
    expect(stored?.state).toEqual(state);
  });

  it('lists due sources: enabled, never polled first, then oldest due, up to the limit', async () => {
    const now = new Date('2025-07-01T12:00:00.000Z');
    await storage.sources.upsert(source('never'));
    await storage.sources.upsert(source('late'));
    await storage.sources.upsert(source('later'));
    await storage.sources.upsert(source('future'));
    await storage.sources.upsert(source('disabled', { enabled: false }));
    const at = (id: string, nextPollAt: string) =>
      storage.sources.saveState({ ...emptySourceState(id), nextPollAt });
    await at('late', '2025-07-01T11:00:00.000Z');
    await at('later', '2025-07-01T12:00:00.000Z');
    await at('future', '2025-07-01T12:00:01.000Z');
    const due = await storage.sources.listDue(now, 10);
    expect(due.map((s) => s.id)).toEqual(['never', 'late', 'later']);
    expect((await storage.sources.listDue(now, 2)).map((s) => s.id)).toEqual(['never', 'late']);
  });

  it('refuses to save the state of an unknown source', async () => {
    await expect(storage.sources.saveState(emptySourceState('ghost'))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('DocumentStore', () => {
  const doc: FetchedDocument = {
    id: 'doc-1',
    sourceId: 'a',
    url: 'https://a.example/x?utm_source=y',
    canonicalUrl: 'https://a.example/x',
    title: 'Biển đảo',
    byline: null,
    publishedAt: null,
    languageHint: 'vi',
    text: 'Nội dung.',
    fetchedAt: '2025-07-01T00:00:00.000Z',
  };

  it('puts, replaces, gets and deletes documents', async () => {
    await storage.documents.put(doc);
    expect(await storage.documents.get('doc-1')).toEqual(doc);
    await storage.documents.put({ ...doc, text: 'Khác.' });
    expect((await storage.documents.get('doc-1'))?.text).toBe('Khác.');
    await storage.documents.delete('doc-1');
    expect(await storage.documents.get('doc-1')).toBeNull();
    await storage.documents.delete('doc-1');
  });
});

describe('TokenRepository', () => {
  it('finds a token by the hash of its secret until it is revoked', async () => {
    const created = await storage.tokens.create({
      id: 't1',
      name: 'chat bot',
      role: 'viewer',
      secretHash: 'h1',
    });
    expect(created).toMatchObject({ id: 't1', name: 'chat bot', role: 'viewer', revokedAt: null });
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect(await storage.tokens.findBySecretHash('h1')).toEqual(created);
    expect(await storage.tokens.findBySecretHash('other')).toBeNull();
    await storage.tokens.revoke('t1');
    expect(await storage.tokens.findBySecretHash('h1')).toBeNull();
  });

  it('rejects a second token with the same secret hash', async () => {
    await storage.tokens.create({ id: 't1', name: 'a', role: 'admin', secretHash: 'same' });
    await expect(
      storage.tokens.create({ id: 't2', name: 'b', role: 'admin', secretHash: 'same' }),
    ).rejects.toThrow();
  });
});
