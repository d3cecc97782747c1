// The generic collection on the test search node: lazy index with explicit mappings, versioned
// reads, conditional writes (create / ifVersion → 409), read-your-writes finds with filters,
// sort and search_after pages, counts, deletes, and read-modify-write from two instances racing.
import { randomUUID } from 'node:crypto';
import { InvalidCursorError } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitForSearchNode } from '../../../tests/support/search-node.ts';
import {
  type Collection,
  decodeSortCursor,
  encodeSortCursor,
  isConflict,
  openCollection,
  retryOnConflict,
} from '../src/collection/index.ts';
import { createEngineClient, type EngineClient, EngineError } from '../src/index.ts';
import { noNodeReason, searchEsCompatUrl, searchUrl } from './engine.ts';

interface Note {
  owner: string;
  at: string;
  rank: number;
  body: { text: string };
}

const PROPERTIES = {
  owner: { type: 'keyword' },
  at: { type: 'date' },
  rank: { type: 'integer' },
  body: { type: 'object', enabled: false },
};

const note = (owner: string, minute: number, rank = 0): Note => ({
  owner,
  at: new Date(Date.UTC(2026, 2, 10, 3, minute)).toISOString(),
  rank,
  body: { text: `note ${owner} ${minute}` },
});

let up: Promise<void> | null = null;

const CLIENTS = [
  ...(searchUrl ? [{ kind: 'opensearch' as const, url: searchUrl }] : []),
  ...(searchEsCompatUrl ? [{ kind: 'elasticsearch' as const, url: searchEsCompatUrl }] : []),
];

// Registered only without a node, so a run with one reports no skipped test.
if (CLIENTS.length === 0) {
  describe('collection on the search engine', () => {
    it.skip(noNodeReason, () => {
      expect(searchUrl).not.toBe('');
    });
  });
}

describe.each(CLIENTS)('collection on the search engine ($kind client)', ({ kind, url }) => {
  let client: EngineClient;
  let prefix: string;
  let notes: Collection<Note>;

  beforeEach(async () => {
    up ??= waitForSearchNode(searchUrl);
    await up;
    client = createEngineClient(url, kind);
    prefix = `pwt-${randomUUID().slice(0, 12)}`;
    notes = openCollection<Note>(client, { name: 'notes', prefix, replicas: 0, properties: PROPERTIES });
  });

  afterEach(async () => {
    await client.deleteIndices(`${prefix}-*`);
    await client.close();
  });

  it('creates its index on first use, with the given mappings', async () => {
    expect(notes.index).toBe(`${prefix}-notes`);
    expect(await notes.get('missing')).toBeNull();
    const response = await fetch(`${searchUrl}/${notes.index}/_mapping`);
    const mapping = (await response.json()) as Record<
      string,
      { mappings: { properties: Record<string, unknown> } }
    >;
    const properties = mapping[notes.index]?.mappings.properties ?? {};
    expect(properties.at).toEqual({ type: 'date' });
    expect(properties.body).toEqual({ type: 'object', enabled: false });
    expect(properties.doc_id).toEqual({ type: 'keyword' });
  });

  it('gets what it put, with versions for conditional writes', async () => {
    const first = await notes.put('n1', note('a', 1));
    const stored = await notes.get('n1');
    expect(stored).toEqual({ doc: note('a', 1), version: first });
    await expect(notes.put('n1', note('a', 2), { create: true })).rejects.toSatisfy(isConflict);
    await notes.put('n1', note('a', 3), { ifVersion: first });
    await expect(notes.put('n1', note('a', 4), { ifVersion: first })).rejects.toBeInstanceOf(EngineError);
    expect((await notes.get('n1'))?.doc).toEqual(note('a', 3));
    const many = await notes.getMany(['n1', 'nope']);
    expect(many.map((entry) => entry?.doc ?? null)).toEqual([note('a', 3), null]);
  });

  it('finds right after writing: filters, sort and stable pages', async () => {
    await notes.putMany([
      { id: 'a1', doc: note('a', 1, 2) },
      { id: 'a2', doc: note('a', 2, 1) },
      { id: 'b1', doc: note('b', 3, 1) },
    ]);
    await notes.put('a3', note('a', 4, 1));
    const byRank = await notes.find({
      filter: { where: [{ term: { owner: 'a' } }] },
      sort: [{ rank: 'asc' }],
    });
    // Equal ranks fall back to the id, in the direction of the last key.
    expect(byRank.map((hit) => hit.id)).toEqual(['a2', 'a3', 'a1']);
    const since = await notes.find({
      filter: { where: [{ range: { at: { gte: note('a', 2).at } } }], not: [{ terms: { owner: ['b'] } }] },
      sort: [{ at: 'desc' }],
    });
    expect(since.map((hit) => hit.id)).toEqual(['a3', 'a2']);
    const first = await notes.find({ sort: [{ at: 'desc' }], size: 2 });
    const second = await notes.find({ sort: [{ at: 'desc' }], size: 2, searchAfter: first[1]?.sort });
    expect([...first, ...second].map((hit) => hit.id)).toEqual(['a3', 'b1', 'a2', 'a1']);
    expect((await notes.findAll({ sort: [{ at: 'asc' }] })).map((hit) => hit.id)).toEqual([
      'a1',
      'a2',
      'b1',
      'a3',
    ]);
    expect(await notes.count({ where: [{ term: { owner: 'a' } }] })).toBe(3);
    expect(await notes.count()).toBe(4);
  });

  it('deletes by id and by filter, visibly at once', async () => {
    await notes.putMany([
      { id: 'a1', doc: note('a', 1) },
      { id: 'a2', doc: note('a', 2) },
      { id: 'b1', doc: note('b', 3) },
    ]);
    expect(await notes.delete('a1')).toBe(true);
    expect(await notes.delete('a1')).toBe(false);
    expect(await notes.deleteWhere({ where: [{ range: { at: { lt: note('z', 3).at } } }] })).toBe(1);
    expect((await notes.find()).map((hit) => hit.id)).toEqual(['b1']);
  });

  it('writes without waiting and makes them visible with refresh()', async () => {
    // No periodic refresh at all: only refresh() or a write with refresh: true makes writes visible.
    const manual = openCollection<Note>(client, {
      name: 'manual',
      prefix,
      replicas: 0,
      properties: PROPERTIES,
      refreshInterval: '-1',
    });
    const docs = Array.from({ length: 5 }, (_, i) => ({ id: `q${i}`, doc: note('q', i) }));
    await manual.putMany(docs, { refresh: false });
    await manual.put('q5', note('q', 5), { refresh: false });
    expect(await manual.count()).toBe(0);
    expect((await manual.get('q5'))?.doc).toEqual(note('q', 5));
    await manual.refresh();
    expect(await manual.count({ where: [{ term: { owner: 'q' } }] })).toBe(6);
    await manual.put('q6', note('q', 6), { refresh: true });
    expect(await manual.count()).toBe(7);
  });

  it('putMany with create refuses an id that exists', async () => {
    await notes.put('a1', note('a', 1));
    await expect(notes.putMany([{ id: 'a1', doc: note('a', 2) }], { create: true })).rejects.toSatisfy(
      isConflict,
    );
  });

  it('serves at once when two instances create its index at the same time', async () => {
    // The one told "already exists" must still wait until the new primary serves.
    const other = createEngineClient(url, kind);
    try {
      const names = ['race-a', 'race-b', 'race-c'];
      const open = (engine: EngineClient, name: string) =>
        openCollection<Note>(engine, { name, prefix, replicas: 0, properties: PROPERTIES });
      const firstReads = await Promise.all(
        names.flatMap((name) => [open(client, name).get('x'), open(other, name).get('x')]),
      );
      expect(firstReads).toEqual(names.flatMap(() => [null, null]));
    } finally {
      await other.close();
    }
  });

  it('modify from two instances racing loses no update', async () => {
    const other = openCollection<Note>(client, {
      name: 'notes',
      prefix,
      replicas: 0,
      properties: PROPERTIES,
    });
    const bump = (collection: Collection<Note>) =>
      collection.modify('counter', (current) => ({
        ...(current ?? note('c', 0)),
        rank: (current?.rank ?? 0) + 1,
      }));
    await Promise.all(Array.from({ length: 12 }, (_, i) => bump(i % 2 === 0 ? notes : other)));
    expect((await notes.get('counter'))?.doc.rank).toBe(12);
    expect(await notes.modify('counter', () => null)).toMatchObject({ rank: 12 });
  });

  it('retryOnConflict gives up after the given attempts', async () => {
    let calls = 0;
    const conflict = new EngineError(409, 'version_conflict_engine_exception', 'conflict');
    await expect(
      retryOnConflict(async () => {
        calls++;
        throw conflict;
      }, 3),
    ).rejects.toBe(conflict);
    expect(calls).toBe(3);
  });
});

describe('sort cursors', () => {
  it('round-trip and reject foreign or forged ones', () => {
    const cursor = encodeSortCursor('deliveries', [1700000000000, 'd1']);
    expect(decodeSortCursor('deliveries', cursor)).toEqual([1700000000000, 'd1']);
    expect(() => decodeSortCursor('digests', cursor)).toThrow(InvalidCursorError);
    expect(() => decodeSortCursor('deliveries', 'not-a-cursor')).toThrow(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify({ t: 'deliveries', a: [{}] })).toString('base64url');
    expect(() => decodeSortCursor('deliveries', forged)).toThrow(InvalidCursorError);
  });
});
