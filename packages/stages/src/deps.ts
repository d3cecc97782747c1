// What the stages need from the outside: ports only, plus plain settings.
import type {
  CrawlPayload,
  DocumentStore,
  FetchPayload,
  Item,
  ItemStore,
  JobQueue,
  ProcessPayload,
  SearchIndex,
  Source,
  SourceRepository,
  SourceWithState,
  UrlAliasStore,
} from '@presswatch/domain';
import type { HttpClient, HubLink } from '@presswatch/ingest';
import type { SitemapSettings } from './discover/types.ts';
import type { ExtractedPage, ExtractPageInput } from './pool/extract-page.ts';

/** The subset of a pino logger the stages use. */
export interface StageLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface HttpSettings {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** The safe-fetch client (its SSRF allowlist and politeness); default: httpFetch's shared one. */
  client?: HttpClient;
}

export interface StageQueues {
  crawl: JobQueue<CrawlPayload>;
  fetch: JobQueue<FetchPayload>;
  process: JobQueue<ProcessPayload>;
}

export interface CrawlDeps {
  sources: SourceRepository;
  items: ItemStore;
  queues: Pick<StageQueues, 'fetch'>;
  http: HttpSettings;
  logger: StageLogger;
  now?: () => Date;
  /** Every Nth poll of a source is unconditional (stale 304s); default 12, 0 turns it off. */
  unconditionalEvery?: number;
  /** How far back sitemaps are read (defaults in discover/sitemap.ts). */
  sitemap?: Partial<SitemapSettings>;
  /** Subscribes to the WebSub hub a feed advertises (websub-stage.ts); absent: polling only. */
  websub?: HubSubscriber;
  /** Seen-URL aliases consulted before enqueueing (discover/enqueue.ts); absent: item ids only. */
  aliases?: UrlAliasStore;
}

/** Asks a feed's hub to push (discover/hub-subscription.ts implements it). */
export interface HubSubscriber {
  /** Subscribes, or renews a lease that ends soon; a no-op while a fresh subscription holds. */
  ensureSubscribed(source: Source, hub: HubLink): Promise<void>;
  /** The feed answered 304, so its hub is not re-read: renew the source's leases that end soon. */
  renewSource(source: Source): Promise<void>;
}

/** Renders pages that need a browser (Source.render); the ingest BrowserPool is one. */
export interface PageRenderer {
  render(
    url: string,
    options?: { consentSelector?: string | null; signal?: AbortSignal },
  ): Promise<{ url: string; status: number | null; html: string }>;
}

export interface FetchDeps {
  sources: SourceRepository;
  items: ItemStore;
  documents: DocumentStore;
  queues: Pick<StageQueues, 'process'>;
  http: HttpSettings;
  logger: StageLogger;
  now?: () => Date;
  /** Needed by sources with render: true; without it their articles fail with a clear error. */
  browser?: PageRenderer;
  /** Seen-URL aliases: the page's canonical and alternate URLs are claimed here, and an article
   * already stored under another link becomes an alias instead of a second item (article-identity.ts). */
  aliases?: UrlAliasStore;
  /**
   * Owners (ingest ownerOf: registrable domain, or tenant on shared hosting) whose URLs a source's
   * pages may declare as canonical besides their own site, e.g. an outlet serving articles from
   * a CDN domain. Default none: a page speaks only for the site that served it.
   */
  canonicalOwners?: (source: Source) => readonly string[];
  /** Extraction of a downloaded page; default extractPage on this thread (a PureStages pool
   * runs it on another core). */
  extract?: (input: ExtractPageInput) => ExtractedPage | Promise<ExtractedPage>;
}

export interface ProcessDeps {
  sources: SourceRepository;
  items: ItemStore;
  search: SearchIndex;
  documents: DocumentStore;
  logger: StageLogger;
  /** Language, topics, province relevance, tone and summary for a built item (the classifier). */
  classify?: (item: Item, source: SourceWithState | null) => Partial<Item> | Promise<Partial<Item>>;
  /** Joins the item to its story cluster (near-duplicates, rewrites). */
  cluster?: (item: Item) => Promise<{ clusterId: string }>;
  /** Runs after the item is stored and indexed: alert rules, deliveries. Idempotent. */
  afterStore?: (item: Item) => Promise<void>;
}
