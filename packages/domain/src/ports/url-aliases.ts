// Seen-URL aliases: every URL an article is known by (the link a feed gave, the URL a redirect
// ended on, the page's own rel=canonical, its AMP and mobile alternates), each pointing at the
// item it belongs to. The crawl stage looks entries up here before fetching; the fetch stage
// claims the page's URLs so that a second link to the same article becomes an alias, not a
// second item. URLs are stored in their canonical form (canonicalizeUrl); the port does not
// canonicalise.
//
// Aliases may name an item that is not stored yet (its fetch claimed them, its process job has
// not run) or never will be (the job failed for good): readers check the item exists.

export interface UrlAliasStore {
  /**
   * Records each URL as an alias of `itemId` unless the URL is an alias of an item already:
   * the first claim wins, atomically (two fetches racing for one URL get the same owner).
   * Returns the owner of every URL given, after the call (the caller's id for URLs it won).
   */
  claim(itemId: string, urls: string[]): Promise<Map<string, string>>;
  /** The owning item id of each known URL among `urls`; unknown URLs are absent from the map. */
  owners(urls: string[]): Promise<Map<string, string>>;
  /** Every URL recorded for an item, in the order they were first claimed. */
  aliasesOf(itemId: string): Promise<string[]>;
  /** Forgets every alias of the items (an item was deleted). */
  deleteItems(itemIds: string[]): Promise<void>;
}
