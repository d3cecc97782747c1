// The leader's sweep of fetched documents left by jobs that failed for good: on a real SQLite
// store, only documents older than the queues' job retention (plus a day) go; and the periodic
// task runs the sweep at once on election, never twice at the same time, and stops cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchedDocument } from '@presswatch/domain';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ORPHAN_DOCUMENT_AGE_MS, sweepOrphanDocuments } from '../src/document-janitor.ts';
import { periodicTask } from '../src/periodic-task.ts';

let dir: string;
let storage: SqliteStorage;
const logged: string[] = [];
const log = {
  info: (_fields: object | string, message?: string) => logged.push(message ?? String(_fields)),
  error: (_fields: object, message: string) => logged.push(message),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-janitor-'));
  storage = openSqliteStorage({ path: join(dir, 'pw.db') });
  logged.length = 0;
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const document = (id: string): FetchedDocument => ({
  id,
  sourceId: 'src',
  url: `https://bao.example.vn/${id}`,
  canonicalUrl: `https://bao.example.vn/${id}`,
  title: 'Tin thử',
  byline: null,
  publishedAt: null,
  languageHint: 'vi',
  text: 'Nội dung do chúng tôi viết.',
  fetchedAt: '2026-11-01T00:00:00.000Z',
});

describe('orphaned document sweep', () => {
  it('keeps documents younger than the retention and deletes older ones', async () => {
    await storage.documents.put(document('a'));
    await storage.documents.put(document('b'));
    expect(await sweepOrphanDocuments(storage.documents, log)).toBe(0);
    expect(await storage.documents.get('a')).not.toBeNull();
    const justInside = new Date(Date.now() + ORPHAN_DOCUMENT_AGE_MS - 60_000);
    expect(await sweepOrphanDocuments(storage.documents, log, justInside)).toBe(0);
    const past = new Date(Date.now() + ORPHAN_DOCUMENT_AGE_MS + 1_000);
    expect(await sweepOrphanDocuments(storage.documents, log, past)).toBe(2);
    expect(await storage.documents.get('a')).toBeNull();
    expect(logged).toContain('orphaned fetched documents deleted');
  });
});

describe('periodicTask', () => {
  it('runs at once, skips a run while one is going, logs failures and waits for the run on stop', async () => {
    let runs = 0;
    let release: () => void = () => {};
    const task = periodicTask(
      'sweep',
      async () => {
        runs++;
        if (runs === 2) throw new Error('store away');
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      10,
      log,
    );
    await task.start();
    expect(runs).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(logged).toContain('sweep failed');
    const stopping = task.stop();
    release();
    await stopping;
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(runs).toBe(after);
    expect(logged).toContain('sweep: stopped');
  });
});
