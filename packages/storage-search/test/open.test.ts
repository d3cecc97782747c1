// Opening the storage: health on a live and on an unreachable engine, the time-based layout
// (one index per year behind the read alias), and read-your-writes with refresh 'wait_for'.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { describe, expect, it } from 'vitest';
import { isTransient } from '../src/client/engine-client.ts';
import { createEngineClient, EngineError, openSearchEngineStorage } from '../src/index.ts';
import { engineStorage, noNodeReason, searchUrl } from './engine.ts';

const item = (id: string, publishedAt: string): Item => ({
  id,
  url: `https://bao.example/${id}`,
  canonicalUrl: `https://bao.example/${id}`,
  sourceId: 'bao-a',
  sourceName: 'Báo A',
  title: 'Ngư dân bám biển',
  byline: null,
  publishedAt,
  fetchedAt: publishedAt,
  language: 'vi',
  country: 'vn',
  domestic: true,
  text: 'Tàu cá vươn khơi.',
  summary: null,
  topics: [],
  relevance: null,
  tone: null,
  clusterId: null,
});

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}

describe('an unreachable engine', () => {
  it('fails requests with status 0, which writes treat as transient', async () => {
    const client = createEngineClient(`http://127.0.0.1:${await closedPort()}`, 'opensearch');
    const failure = await client.health().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineError);
    expect(isTransient((failure as EngineError).status)).toBe(true);
    await client.close();
  });
});

describe.skipIf(!searchUrl)(`opening on the test node${searchUrl ? '' : ` (${noNodeReason})`}`, () => {
  it('is healthy and keeps one index per year behind the read alias', async () => {
    const storage = await engineStorage();
    try {
      expect(await storage.health()).toMatchObject({ ok: true });
      await storage.items.upsertMany([
        item('december', '2024-12-31T23:00:00Z'),
        item('january', '2025-01-01T01:00:00Z'),
      ]);
      await storage.items.upsertMany([{ ...item('december', '2025-01-02T00:00:00Z'), title: 'Ngày đã sửa' }]);
      await storage.refresh();
      const response = await fetch(
        `${searchUrl}/_cat/indices/${storage.prefix}-items-2024*,${storage.prefix}-items-2025*?h=index,docs.count&s=index`,
      );
      const rows = (await response.text()).trim().split('\n');
      // The corrected date keeps the item where it was first stored: no copy in 2025.
      expect(rows.map((row) => row.trim().split(/\s+/))).toEqual([
        [`${storage.prefix}-items-2024`, '1'],
        [`${storage.prefix}-items-2025`, '1'],
      ]);
      expect((await storage.items.get('december'))?.title).toBe('Ngày đã sửa');
      expect(await storage.items.count()).toBe(2);
    } finally {
      await storage.cleanup();
    }
  });

  it("makes writes searchable at once with refresh 'wait_for'", async () => {
    const prefix = `pwt-${randomUUID().slice(0, 12)}`;
    const storage = await openSearchEngineStorage({
      url: searchUrl,
      engine: 'opensearch',
      prefix,
      replicas: 0,
      refresh: 'wait_for',
    });
    try {
      await storage.items.upsertMany([item('now', '2025-07-01T00:00:00Z')]);
      const result = await storage.search.search({ query: parseQuery('khơi'), limit: 5 });
      expect(result.hits.map((hit) => hit.item.id)).toEqual(['now']);
    } finally {
      await storage.dropIndices();
      await storage.close();
    }
  });
});
