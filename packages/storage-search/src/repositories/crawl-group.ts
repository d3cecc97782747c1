// The crawl group's stores over the engine: sources and their polling state, fetched documents,
// alert rules, WebSub subscriptions, seen-URL aliases and saved searches. Each lives in its own
// index `<prefix>-<collection>`, created on first use, so a process that never touches one never
// pays for it.
import type {
  DocumentStore,
  RuleRepository,
  SavedSearchRepository,
  SourceRepository,
  UrlAliasStore,
  WebSubRepository,
} from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import { createDocumentStore, documentsCollection } from './document-store.ts';
import { createRuleRepository, rulesCollection } from './rule-repository.ts';
import { createSavedSearchRepository, savedSearchesCollection } from './saved-search-repository.ts';
import { createSourceRepository, sourcesCollection } from './source-repository.ts';
import { createUrlAliasStore, urlAliasesCollection } from './url-alias-store.ts';
import { createWebSubRepository, websubCollection } from './websub-repository.ts';

export interface CrawlGroupOptions {
  client: EngineClient;
  /** Index names start with it: `<prefix>-sources`, `<prefix>-documents`, … */
  prefix: string;
  /** Replicas per index (0 on a single node). */
  replicas: number;
}

export interface CrawlGroup {
  sources: SourceRepository;
  documents: DocumentStore;
  rules: RuleRepository;
  websub: WebSubRepository;
  urlAliases: UrlAliasStore;
  savedSearches: SavedSearchRepository;
}

/** The index names of the group (for refresh and drop): every one starts with `<prefix>-`. */
export const CRAWL_GROUP_COLLECTIONS = [
  'sources',
  'documents',
  'rules',
  'websub',
  'url-aliases',
  'saved-searches',
] as const;

export function createCrawlGroup(options: CrawlGroupOptions): CrawlGroup {
  const { client } = options;
  const spec = { prefix: options.prefix, replicas: options.replicas };
  return {
    sources: createSourceRepository(client, sourcesCollection(client, spec)),
    documents: createDocumentStore(documentsCollection(client, spec)),
    rules: createRuleRepository(rulesCollection(client, spec)),
    websub: createWebSubRepository(websubCollection(client, spec)),
    urlAliases: createUrlAliasStore(client, urlAliasesCollection(client, spec)),
    savedSearches: createSavedSearchRepository(savedSearchesCollection(client, spec)),
  };
}
