// Version 11: items_fts without a copy of its text. Until now the FTS5 table kept its own content
// (title, text and their folded forms: a second and third copy of every article next to the
// items row), written with every item and never read since highlights moved to the item
// documents (search/highlight.ts). Contentless, with contentless_delete=1 so rows can still be
// deleted and replaced (item-writer.ts, the items delete trigger), an item's FTS row is its index
// entries only: ~35 % less work per stored item and a store ~45 % smaller.
//
// The index is rebuilt from the searchable items rows (ftsRow, as item-writer.ts writes them):
// on a large store this takes a while once, at the first open after upgrade (1,000,000 items:
// ~10 minutes for the rebuild on the 2-core bench machine, then the merge into one segment).
import type { Item } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';
import { ftsRow } from '../items/item-rows.ts';
import type { Migration } from './runner.ts';

export const contentlessFts: Migration = {
  version: 11,
  name: 'contentless-fts',
  up: rebuildContentless,
};

function rebuildContentless(db: Database): void {
  db.exec(`
    DROP TABLE items_fts;
    CREATE VIRTUAL TABLE items_fts USING fts5(
      title, text, title_folded, text_folded,
      content = '', contentless_delete = 1,
      tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
    );
  `);
  const insert = db.prepare(`
    INSERT INTO items_fts (rowid, title, text, title_folded, text_folded)
    VALUES (@seq, @title, @text, @title_folded, @text_folded)`);
  // In pages by seq: better-sqlite3 allows no write while a statement iterates.
  const page = db.prepare('SELECT seq, doc FROM items WHERE indexed = 1 AND seq > ? ORDER BY seq LIMIT 1000');
  for (let after = 0; ; ) {
    const rows = page.all(after) as { seq: number; doc: string }[];
    if (rows.length === 0) break;
    for (const { seq, doc } of rows) {
      // Documents written by older versions may lack a field; an absent text indexes as empty.
      const item = JSON.parse(doc) as Partial<Item>;
      insert.run({ seq, ...ftsRow({ ...item, title: item.title ?? '', text: item.text ?? '' } as Item) });
    }
    after = rows[rows.length - 1]!.seq;
  }
  // Merged into one segment: the rebuild leaves many (16 on the million-item bench store), and
  // every query term is looked up in each of them.
  db.prepare("INSERT INTO items_fts (items_fts) VALUES ('optimize')").run();
}
