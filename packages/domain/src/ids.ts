// Deterministic ids: the same canonical URL or source always yields the same id, so a retried or
// duplicated job never creates a second item.
import { createHash } from 'node:crypto';

export function hashId(text: string, length = 24): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * The item id of an article: a hash of the canonical form of the first link the crawler saw for it
 * (ids must be known before fetching). The page's own canonical URL and every other URL of the
 * article become seen-URL aliases of this id (see packages/stages/src/article-identity.ts).
 */
export function itemIdFor(canonicalUrl: string): string {
  return hashId(canonicalUrl);
}

/** Job id of a periodic job: the key plus the time slot it belongs to. */
export function slotJobId(prefix: string, key: string, at: Date, slotMs: number): string {
  return `${prefix}-${key}-${Math.floor(at.getTime() / slotMs)}`;
}
