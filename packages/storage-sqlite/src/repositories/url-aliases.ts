// UrlAliasStore over the url_aliases table (migration 008). A claim is INSERT OR IGNORE then a
// read of the owners, in one transaction: SQLite serialises writers, so of two racing claims for
// one URL exactly one inserts and both read the same owner.
import type { UrlAliasStore } from '@presswatch/domain';
import type { Database } from 'better-sqlite3';

interface OwnerRow {
  url: string;
  item_id: string;
}

export function createUrlAliasStore(db: Database): UrlAliasStore {
  const insert = db.prepare('INSERT OR IGNORE INTO url_aliases (url, item_id, claimed_at) VALUES (?, ?, ?)');
  const ownersOf = db.prepare(
    'SELECT url, item_id FROM url_aliases WHERE url IN (SELECT value FROM json_each(?))',
  );
  const ofItem = db.prepare('SELECT url FROM url_aliases WHERE item_id = ? ORDER BY rowid').pluck();
  const removeItems = db.prepare('DELETE FROM url_aliases WHERE item_id IN (SELECT value FROM json_each(?))');

  const readOwners = (urls: string[]): Map<string, string> =>
    new Map((ownersOf.all(JSON.stringify([...new Set(urls)])) as OwnerRow[]).map((r) => [r.url, r.item_id]));

  const claimAll = db.transaction((itemId: string, urls: string[]) => {
    const at = Date.now();
    for (const url of urls) insert.run(url, itemId, at);
    return readOwners(urls);
  });

  return {
    async claim(itemId, urls) {
      if (urls.length === 0) return new Map();
      return claimAll.immediate(itemId, urls);
    },
    async owners(urls) {
      return urls.length === 0 ? new Map() : readOwners(urls);
    },
    async aliasesOf(itemId) {
      return ofItem.all(itemId) as string[];
    },
    async deleteItems(itemIds) {
      if (itemIds.length > 0) removeItems.run(JSON.stringify(itemIds));
    },
  };
}
