// The dossier and argument-card repositories on a real SQLite file: dense positions through add,
// delete and reorder, sections going with their dossier, counts, and the library's folded search.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArgumentCard, Dossier } from '@presswatch/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStorage, type SqliteStorage } from '../src/index.ts';

let dir: string;
let storage: SqliteStorage;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-dossiers-'));
  storage = openSqliteStorage({ path: join(dir, 'pw.db') });
});
afterAll(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const dossier = (id: string, updatedAt: string): Dossier => ({
  id,
  title: `Hồ sơ ${id}`,
  topic: null,
  summary: '',
  ownerId: 'u1',
  createdAt: updatedAt,
  updatedAt,
});

const card = (id: string, title: string, topics: string[]): ArgumentCard => ({
  id,
  title,
  statement: 'Lập luận về vùng đặc quyền kinh tế.',
  topics,
  evidence: [{ text: 'Dẫn chứng', citation: 'Công ước UNCLOS 1982', url: null }],
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'system',
});

const claim = (dossierId: string, id: string) => ({
  id,
  dossierId,
  kind: 'claim' as const,
  note: '',
  quote: '',
  item: {
    id: `i-${id}`,
    title: 't',
    url: 'https://x.example/',
    sourceName: 'X',
    publishedAt: null,
    language: null,
    country: null,
    clusterSize: 1,
  },
  cardId: null,
  card: null,
});

describe('DossierRepository', () => {
  it('keeps positions dense through add, delete and reorder', async () => {
    await storage.dossiers.create(dossier('d1', '2026-11-01T00:00:00.000Z'));
    for (const id of ['a', 'b', 'c', 'd']) await storage.dossiers.addSection(claim('d1', id));
    const positions = async () => (await storage.dossiers.sections('d1')).map((s) => `${s.id}${s.position}`);
    expect(await positions()).toEqual(['a0', 'b1', 'c2', 'd3']);
    expect(await storage.dossiers.deleteSection('d1', 'b')).toBe(true);
    expect(await storage.dossiers.deleteSection('d1', 'b')).toBe(false);
    expect(await positions()).toEqual(['a0', 'c1', 'd2']);
    await storage.dossiers.reorder('d1', ['d', 'a', 'c']);
    expect(await positions()).toEqual(['d0', 'a1', 'c2']);
    await storage.dossiers.addSection(claim('d1', 'e'));
    expect(await positions()).toEqual(['d0', 'a1', 'c2', 'e3']);
  });

  it('lists newest change first with counts, and deletes sections with their dossier', async () => {
    await storage.dossiers.create(dossier('d2', '2026-11-02T00:00:00.000Z'));
    const list = await storage.dossiers.list();
    expect(list.map((d) => [d.id, d.claimCount, d.argumentCount])).toEqual([
      ['d2', 0, 0],
      ['d1', 4, 0],
    ]);
    await storage.dossiers.touch('d1', '2026-11-03T00:00:00.000Z');
    expect((await storage.dossiers.list())[0]!.id).toBe('d1');
    expect(await storage.dossiers.delete('d1')).toBe(true);
    expect(await storage.dossiers.sections('d1')).toEqual([]);
    expect(await storage.dossiers.delete('d1')).toBe(false);
  });
});

describe('ArgumentCardRepository', () => {
  it('filters by topic and by folded words, and replaces on save', async () => {
    await storage.argumentCards.save(card('c1', 'Vùng đặc quyền kinh tế', ['sea_islands']));
    await storage.argumentCards.save(card('c2', 'Biên giới', ['border']));
    expect(
      (await storage.argumentCards.list({ text: 'DAC QUYEN unclos', topic: 'sea_islands' })).map((c) => c.id),
    ).toEqual(['c1']);
    expect((await storage.argumentCards.list({ text: 'vung', topic: 'border' })).map((c) => c.id)).toEqual([
      'c2',
    ]);
    expect((await storage.argumentCards.list({ text: 'không có' })).length).toBe(0);
    await storage.argumentCards.save({ ...card('c2', 'Biên giới đất liền', ['border']), evidence: [] });
    expect(await storage.argumentCards.get('c2')).toMatchObject({
      title: 'Biên giới đất liền',
      evidence: [],
    });
    expect(await storage.argumentCards.count()).toBe(2);
  });
});
