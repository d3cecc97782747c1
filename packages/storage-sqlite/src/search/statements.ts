// Prepared statements kept per connection by their SQL text. Search builds the same few statement
// texts request after request (they vary with the query's shape, never with its values), and
// preparing one is a good share of a fast search (~0.1–0.5 ms each, several per search).
import type { Database, Statement } from 'better-sqlite3';

/** How rows come back: objects, arrays (raw) or the first column's value (pluck). */
export type RowMode = 'object' | 'raw' | 'pluck';

/** Statements per connection; the oldest is dropped beyond this many. */
const LIMIT = 256;
const caches = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, text: string, mode: RowMode = 'object'): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const key = `${mode}:${text}`;
  let statement = cache.get(key);
  if (!statement) {
    statement = db.prepare(text);
    if (mode === 'raw') statement.raw(true);
    if (mode === 'pluck') statement.pluck(true);
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, statement);
  }
  return statement;
}
