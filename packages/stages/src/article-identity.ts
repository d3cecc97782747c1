// Which item a fetched page is. The fetch job carries an id derived from the link the crawler
// saw (ids must be known before fetching: job ids and payloads carry them). It is not re-keyed
// to the page's canonical URL afterwards: that would move the job's document and change an id the
// queue's idempotency keys already use, for no gain, since the canonical URL is kept on the item
// (canonicalUrl) and as an alias, so every later link resolves to this id.
//
// Once the page is in hand it may turn out to be an article stored already under another link:
// its declared canonical URL (or, without one, the URL the redirects ended on) is owned by another
// live item. Then every URL of this fetch becomes an alias of that item and nothing new is stored.
//
//   owners(identity) → owned by a live item? alias to it : claim all → lost a race? alias to the winner
//
// "Live": stored, or fetched and waiting for its process job (its document exists). The fetch
// stage stores its own document before claiming, so of two fetches racing for one article the
// loser always sees the winner as live.
import type { DocumentStore, ItemStore, UrlAliasStore } from '@presswatch/domain';

export interface IdentityDeps {
  items: ItemStore;
  documents: DocumentStore;
  aliases: UrlAliasStore;
}

export interface PageUrls {
  /** The URL this page is known as: its declared canonical, else its URL after redirects. */
  identity: string;
  /** Every other URL it was reached or is declared by (the link, the final URL, AMP, mobile). */
  others: string[];
}

/**
 * Records the page's URLs as aliases and returns the id of the item the page belongs to:
 * `itemId` itself, or an older live item whose identity URL it shares (a duplicate).
 */
export async function settleArticleIdentity(
  deps: IdentityDeps,
  itemId: string,
  urls: PageUrls,
): Promise<string> {
  const all = [...new Set([urls.identity, ...urls.others])];
  const known = await deps.aliases.owners([urls.identity]);
  let owner = await liveOtherOwner(deps, itemId, known.get(urls.identity));
  if (!owner) {
    const claimed = await deps.aliases.claim(itemId, all);
    owner = await liveOtherOwner(deps, itemId, claimed.get(urls.identity));
    if (!owner) return itemId;
  }
  await deps.aliases.claim(owner, all);
  return owner;
}

async function liveOtherOwner(
  deps: IdentityDeps,
  itemId: string,
  owner: string | undefined,
): Promise<string | null> {
  if (!owner || owner === itemId) return null;
  if ((await deps.items.existing([owner])).has(owner)) return owner;
  return (await deps.documents.get(owner)) ? owner : null;
}
