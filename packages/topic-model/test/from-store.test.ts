// Training from what analysts said: feedback and items read back from a real SQLite store, through
// to a model that has learnt from them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeedbackKind, Item } from '@presswatch/domain';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { examplesFromStores, scoreWithModel, trainTopicModel } from '../src/index.ts';
import { article, type Kind } from './fixtures.ts';

let dir: string;
let storage: SqliteStorage;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-topic-model-'));
  storage = openSqliteStorage({ path: join(dir, 'store.db') });
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

function item(id: string, kind: Kind, seed: number): Item {
  const at = '2026-11-01T00:00:00.000Z';
  return {
    ...article(kind, seed),
    id,
    url: `https://bao.example/${id}`,
    canonicalUrl: `https://bao.example/${id}`,
    sourceId: 'bao',
    sourceName: 'Báo',
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: 'vi',
    country: 'vn',
    domestic: true,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

describe('examplesFromStores', () => {
  it('reads every page of feedback with its items and trains a model from it', async () => {
    const kinds: Kind[] = ['border', 'investment', 'other'];
    const items = Array.from({ length: 36 }, (_, i) => item(`i${i}`, kinds[i % 3]!, i));
    await storage.items.upsertMany(items);
    const say = (itemId: string, kind: FeedbackKind, topic: string) =>
      storage.feedback.add({
        itemId,
        kind,
        topic,
        actor: 'user:u1',
        at: '2026-11-02T00:00:00.000Z',
        note: null,
      });
    for (const [i, it] of items.entries()) {
      // A first wrong word on some items, corrected later: the latest one counts.
      if (i % 5 === 0) await say(it.id, 'topic_added', 'border');
      await say(it.id, i % 3 === 0 ? 'topic_added' : 'topic_removed', 'border');
    }
    await say('deleted-item', 'topic_added', 'border');

    const examples = await examplesFromStores({ feedback: storage.feedback, items: storage.items }, 7);
    expect(examples).toHaveLength(36);
    expect(examples.filter((e) => e.labels.border).map((e) => e.id)).toEqual(
      items.filter((_, i) => i % 3 === 0).map((it) => it.id),
    );
    const model = trainTopicModel(examples);
    expect(scoreWithModel(model, article('border', 1234)).border).toBeGreaterThan(0.5);
    expect(scoreWithModel(model, article('investment', 1234)).border).toBeLessThan(0.5);
  });
});
