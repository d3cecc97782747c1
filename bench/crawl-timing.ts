// Where the crawl benchmark's time goes: wrappers that add up the time spent per stage, and the
// alert rules the process stage evaluates. Spans of asynchronous steps (downloads, whole stage
// handlers) overlap when jobs run concurrently: they are time spent waiting as much as working.
import { emptyFilters } from '@presswatch/alerts';
import type { AlertRule, ItemStore, SearchIndex } from '@presswatch/domain';
import type { HttpClient } from '@presswatch/ingest';

export class StageClock {
  private readonly spent = new Map<string, number>();

  add(name: string, ms: number): void {
    this.spent.set(name, (this.spent.get(name) ?? 0) + ms);
  }

  /** The raw spans, to send from a child process. */
  spans(): Record<string, number> {
    return Object.fromEntries(this.spent);
  }

  /** Adds spans measured elsewhere (the processor child). */
  merge(spans: Record<string, number>): void {
    for (const [name, ms] of Object.entries(spans)) this.add(name, ms);
  }

  time<A extends unknown[], R>(name: string, fn: (...args: A) => R): (...args: A) => R {
    return (...args) => {
      const started = performance.now();
      try {
        return fn(...args);
      } finally {
        this.add(name, performance.now() - started);
      }
    };
  }

  timeAsync<A extends unknown[], R>(
    name: string,
    fn: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R> {
    return async (...args) => {
      const started = performance.now();
      try {
        return await fn(...args);
      } finally {
        this.add(name, performance.now() - started);
      }
    };
  }

  /** Feed downloads and article downloads, told apart by what they accept. */
  timedClient(client: HttpClient): HttpClient {
    return {
      fetch: (url, options) => {
        const name = /rss|atom/.test(options.accept ?? '') ? 'crawl: feed download' : 'fetch: download';
        return this.timeAsync(name, client.fetch.bind(client))(url, options);
      },
      close: () => client.close(),
    };
  }

  timedItems(items: ItemStore): ItemStore {
    return { ...items, upsertMany: this.timeAsync('store/index', items.upsertMany.bind(items)) };
  }

  timedSearch(search: SearchIndex): SearchIndex {
    return { ...search, indexMany: this.timeAsync('store/index', search.indexMany.bind(search)) };
  }

  /** Milliseconds per named span, plus the remainders of the stage handlers. */
  totals(): Record<string, number> {
    const get = (name: string) => this.spent.get(name) ?? 0;
    const processParts = ['classify', 'cluster', 'store/index', 'alert rules'];
    return {
      'crawl stage (feed download, parse, seen-URL check, enqueue)': get('crawl stage'),
      'fetch: download (safe-fetch, per-host slots)': get('fetch: download'),
      'fetch: extract (declared URLs + article; pool wait included)': get('fetch: extract'),
      'fetch: aliases + document': get('fetch stage') - get('fetch: download') - get('fetch: extract'),
      classify: get('classify'),
      cluster: get('cluster'),
      'store/index': get('store/index'),
      'alert rules': get('alert rules'),
      'process: load, normalise, drop document':
        get('process stage') - processParts.reduce((sum, part) => sum + get(part), 0),
    };
  }
}

const QUERIES = [
  '"Quảng Trị"',
  '(biên giới OR "cửa khẩu") AND -bóng',
  '"biển đảo" OR "Hoàng Sa" OR "Trường Sa"',
  'đầu tư* AND (dự án OR "khu kinh tế")',
  'ngư dân NOT (bóng đá)',
];

/** Ten alert rules over realistic queries, as an office would have. */
export function benchRules(): AlertRule[] {
  return Array.from({ length: 10 }, (_, i) => ({
    id: `rule-${i}`,
    name: `Rule ${i}`,
    ownerId: null,
    query: QUERIES[i % QUERIES.length]!,
    filters: emptyFilters(),
    minScore: null,
    onePerCluster: true,
    quietHours: null,
    channels: [],
    spikeAlerts: false,
    enabled: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
}
