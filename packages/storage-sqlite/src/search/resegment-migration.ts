// A migration for stores indexed before scripts written without spaces were segmented
// (item-rows.ts ftsRow: CJK bigrams, Thai/Lao words): the FTS rows of items holding such text are
// written again, so a search for 南海 finds the 中国在南海 stored earlier. Items without those
// scripts are untouched (their FTS rows are the same either way). To be listed in
// migrations/runner.ts MIGRATIONS; its version is the next free one.
import type { Item } from '@presswatch/domain';
import { hasSegmentedScript } from '@presswatch/text';
import type { Database } from 'better-sqlite3';
import { ftsRow } from '../items/item-rows.ts';
import type { Migration } from '../migrations/runner.ts';

export const SEGMENT_SCRIPTS_VERSION = 10;

export const segmentScriptsMigration: Migration = {
  version: SEGMENT_SCRIPTS_VERSION,
  name: 'segment-scripts',
  up: resegmentItems,
};

/** Rewrites the FTS rows of the searchable items whose title or text holds a segmented script. */
export function resegmentItems(db: Database): number {
  const rows = db.prepare('SELECT seq, doc FROM items WHERE indexed = 1').iterate() as Iterable<{
    seq: number;
    doc: string;
  }>;
  const remove = db.prepare('DELETE FROM items_fts WHERE rowid = ?');
  const insert = db.prepare(`
    INSERT INTO items_fts (rowid, title, text, title_folded, text_folded)
    VALUES (@seq, @title, @text, @title_folded, @text_folded)`);
  const pending: { seq: number; item: Item }[] = [];
  for (const { seq, doc } of rows) {
    // The JSON holds the characters as they are: a cheap test before parsing.
    if (!hasSegmentedScript(doc)) continue;
    const item = JSON.parse(doc) as Item;
    if (hasSegmentedScript(item.title) || hasSegmentedScript(item.text)) pending.push({ seq, item });
  }
  for (const { seq, item } of pending) {
    remove.run(seq);
    insert.run({ seq, ...ftsRow(item) });
  }
  return pending.length;
}
