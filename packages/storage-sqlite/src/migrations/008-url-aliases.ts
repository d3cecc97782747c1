// Version 8: seen-URL aliases (UrlAliasStore). One row per canonical URL an article is known by,
// pointing at its item id; the primary key makes the first claim win. The rowid keeps the order
// URLs were claimed in. Items stored before this version get their canonical URL as an alias.
import type { Migration } from './runner.ts';

export const urlAliases: Migration = {
  version: 8,
  name: 'url-aliases',
  sql: `
    CREATE TABLE url_aliases (
      url TEXT NOT NULL UNIQUE,
      item_id TEXT NOT NULL,
      claimed_at INTEGER NOT NULL
    );
    CREATE INDEX url_aliases_by_item ON url_aliases (item_id);

    INSERT OR IGNORE INTO url_aliases (url, item_id, claimed_at)
      SELECT json_extract(doc, '$.canonicalUrl'), id, fetched_at FROM items
      WHERE json_extract(doc, '$.canonicalUrl') IS NOT NULL
      ORDER BY seq;
  `,
};
