// What the stages need from the outside: ports only, plus plain settings.
import type {
  CrawlPayload,
  DocumentStore,
  FetchPayload,
  ItemStore,
  JobQueue,
  ProcessPayload,
  SearchIndex,
  SourceRepository,
} from '@presswatch/domain';

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
}

export interface FetchDeps {
  sources: SourceRepository;
  items: ItemStore;
  documents: DocumentStore;
  queues: Pick<StageQueues, 'process'>;
  http: HttpSettings;
  logger: StageLogger;
  now?: () => Date;
}

export interface ProcessDeps {
  sources: SourceRepository;
  items: ItemStore;
  search: SearchIndex;
  documents: DocumentStore;
  logger: StageLogger;
}
