// Bulk writes: items the engine refuses for now (429/503) are sent again, alone; permanent
// failures stop with a BulkWriteError naming the ids. The transient case runs against a small
// HTTP server on 127.0.0.1 that answers _bulk like an overloaded engine (a real node cannot be
// made to refuse on cue); the permanent case against the real test node.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenSearchClient, EngineError } from '../src/index.ts';
import { type BulkOperation, BulkWriteError, writeBulk } from '../src/items/bulk-writer.ts';
import { itemIndexLayout } from '../src/items/index-layout.ts';
import { engineStorage, noNodeReason, searchUrl } from './engine.ts';

const OPTIONS = { attempts: 4, backoffMs: 1, refresh: false } as const;

/** Ids in one _bulk body (NDJSON: action lines carry _id). */
function bulkIds(body: string): string[] {
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, { _id?: string }>)
    .flatMap((line) => Object.values(line).flatMap((action) => (action?._id ? [action._id] : [])));
}

describe('writeBulk against an engine that refuses some items for a while', () => {
  let server: Server;
  let url: string;
  const requests: string[][] = [];
  /** How many more times each id is refused, and with which status. */
  const refusals = new Map<string, { times: number; status: number }>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const ids = bulkIds(body);
        requests.push(ids);
        const items = ids.map((id) => {
          const refusal = refusals.get(id);
          if (refusal && refusal.times > 0) {
            refusal.times--;
            const type =
              refusal.status === 429 ? 'es_rejected_execution_exception' : 'unavailable_shards_exception';
            return {
              index: { _index: 'i', _id: id, status: refusal.status, error: { type, reason: 'busy' } },
            };
          }
          return { index: { _index: 'i', _id: id, status: 201 } };
        });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ took: 1, errors: items.some((i) => i.index.status > 299), items }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const ops = (ids: string[]): BulkOperation[] =>
    ids.map((id) => ({ action: 'index', index: 'i', id, doc: { id } }));

  it('resends only the refused items until they are taken', async () => {
    requests.length = 0;
    refusals.set('b', { times: 2, status: 429 });
    refusals.set('c', { times: 1, status: 503 });
    const client = createOpenSearchClient(url);
    await writeBulk(client, ops(['a', 'b', 'c', 'd']), OPTIONS);
    expect(requests).toEqual([['a', 'b', 'c', 'd'], ['b', 'c'], ['b']]);
    await client.close();
  });

  it('gives up with an EngineError when the refusals outlast the attempts', async () => {
    requests.length = 0;
    refusals.set('x', { times: 10, status: 429 });
    const client = createOpenSearchClient(url);
    const failure = await writeBulk(client, ops(['x', 'y']), OPTIONS).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EngineError);
    expect((failure as EngineError).status).toBe(429);
    expect(requests).toEqual([['x', 'y'], ['x'], ['x'], ['x']]);
    await client.close();
  });
});

describe.skipIf(!searchUrl)(`writeBulk against the test node${searchUrl ? '' : ` (${noNodeReason})`}`, () => {
  it('stops with a BulkWriteError naming each document the engine refused for good', async () => {
    const storage = await engineStorage();
    const client = createOpenSearchClient(searchUrl);
    try {
      const index = itemIndexLayout(storage.prefix).indexFor(Date.now());
      const failure = await writeBulk(
        client,
        [
          { action: 'index', index, id: 'good', doc: { id: 'good', indexed: true } },
          { action: 'index', index, id: 'bad', doc: { id: 'bad', no_such_field: 1 } },
          { action: 'delete', index, id: 'never-stored' },
        ],
        OPTIONS,
      ).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BulkWriteError);
      const { failures } = failure as BulkWriteError;
      expect(failures.map((f) => [f.id, f.status])).toEqual([['bad', 400]]);
      expect(failures[0]!.reason).toContain('strict_dynamic_mapping_exception');
    } finally {
      await client.close();
      await storage.cleanup();
    }
  });
});
