// The argument library's starting cards: the repository's config/arguments files validate and
// seed an empty library (a real SQLite store), never one that has cards; a wrong file is named.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArgumentsFileError, readArgumentCards, seedArgumentCards } from '../src/seed-arguments.ts';

const CARDS_DIR = join(import.meta.dirname, '../../../config/arguments');

let dir: string;
let storage: SqliteStorage;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-args-'));
  storage = openSqliteStorage({ path: join(dir, 'pw.db') });
});
afterAll(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('argument cards from config/arguments', () => {
  it('reads every card with evidence and a citation for each piece', () => {
    const cards = readArgumentCards(CARDS_DIR);
    expect(cards.length).toBeGreaterThanOrEqual(5);
    expect(cards.map((c) => c.id)).toContain('arg-sea-eez-unclos');
    for (const card of cards) {
      expect(card.evidence.length, card.id).toBeGreaterThan(0);
      for (const e of card.evidence) expect(e.citation.length, card.id).toBeGreaterThan(0);
      expect(card.updatedBy).toBe('system');
    }
    const topics = new Set(cards.flatMap((c) => c.topics));
    for (const topic of ['border', 'sea_islands', 'human_rights', 'investment'])
      expect(topics.has(topic)).toBe(true);
  });

  it('seeds an empty library only', async () => {
    const cards = readArgumentCards(CARDS_DIR);
    expect(await seedArgumentCards(storage.argumentCards, cards)).toBe(cards.length);
    expect(await storage.argumentCards.count()).toBe(cards.length);
    await storage.argumentCards.delete(cards[0]!.id);
    expect(await seedArgumentCards(storage.argumentCards, cards)).toBe(0);
    expect(await storage.argumentCards.count()).toBe(cards.length - 1);
    expect(
      (await storage.argumentCards.list({ topic: 'sea_islands', text: 'UNCLOS dac quyen' })).map((c) => c.id),
    ).toEqual(['arg-sea-eez-unclos']);
  });

  it('names the file and key of a wrong card, and reads a missing directory as none', () => {
    const bad = join(dir, 'bad');
    rmSync(bad, { recursive: true, force: true });
    mkdirSync(bad);
    writeFileSync(join(bad, 'x.yaml'), 'title: T\nstatement: S\nevidence:\n  - text: t\n');
    expect(() => readArgumentCards(bad)).toThrow(ArgumentsFileError);
    expect(() => readArgumentCards(bad)).toThrow(/x\.yaml: evidence\.0\.citation/);
    expect(readArgumentCards(join(dir, 'nowhere'))).toEqual([]);
  });
});
