// Discovery, one module per source kind: what to fetch from a source. The crawl stage calls
// discoverEntries and enqueues the result with enqueueNewEntries; WebSub deliveries enqueue
// through the same function.
import type { SourceKind } from '@presswatch/domain';
import { discoverFeed } from './feed.ts';
import { discoverListing } from './listing.ts';
import { discoverPage } from './page.ts';
import { discoverSitemap } from './sitemap.ts';
import type { Discoverer } from './types.ts';

export { type EnqueueDeps, enqueueNewEntries } from './enqueue.ts';
export {
  createHubSubscriber,
  type HubSubscriberDeps,
  type HubSubscriberService,
} from './hub-subscription.ts';
export { DEFAULT_SITEMAP_SETTINGS } from './sitemap.ts';
export type * from './types.ts';

const DISCOVERERS: Record<SourceKind, Discoverer> = {
  feed: discoverFeed,
  sitemap: discoverSitemap,
  listing: discoverListing,
  page: discoverPage,
};

export const discoverEntries: Discoverer = (source, context) => DISCOVERERS[source.kind](source, context);
