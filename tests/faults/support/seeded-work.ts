// Work for processors without a crawler: fetched documents written to the deployment's store and
// process jobs enqueued for them, through the same adapters the services open (a runtime in the
// test process, on the deployment's data directory and Redis prefix). The documents' text is
// written for these tests (fictional).
import { type FetchedDocument, processQueue } from '@presswatch/domain';
import { createRuntime, type Runtime } from '@presswatch/platform';
import type { Deployment } from './deployment.ts';
import type { LogLine, ServiceProcess } from './service-process.ts';

export const SEED_SOURCE = 'seeded-outlet';

export function openTestRuntime(
  deployment: Deployment,
  extra: {
    search?: { url: string; engine: 'elasticsearch' | 'opensearch'; prefix: string; replicas: number };
  } = {},
): Promise<Runtime> {
  return createRuntime({
    name: 'fault-test',
    handleSignals: false,
    env: {},
    overrides: {
      mode: 'distributed',
      dataDir: deployment.dataDir,
      sourcesFile: null,
      redis: { url: deployment.redisUrl, prefix: deployment.prefix },
      log: { level: 'warn' },
      ...extra,
    },
  });
}

/** Writes `count` documents (ids doc-0001…) and returns their ids. */
export async function seedDocuments(runtime: Runtime, count: number): Promise<string[]> {
  const { sources, documents } = runtime.adapters.stores;
  await sources.upsert({
    id: SEED_SOURCE,
    name: 'Tin Thử Nghiệm',
    url: 'http://seeded.invalid/feed.xml',
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 600,
    maxPollSeconds: 3600,
    selectors: null,
    enabled: true,
  });
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `doc-${String(n).padStart(4, '0')}`;
    await documents.put(fictionalDocument(id, n));
    ids.push(id);
  }
  return ids;
}

export async function enqueueProcessing(runtime: Runtime, ids: string[]): Promise<void> {
  const queue = runtime.adapters.queues.queue(processQueue);
  for (const id of ids) await queue.enqueue({ documentId: id }, { jobId: `process-${id}` });
}

function fictionalDocument(id: string, n: number): FetchedDocument {
  const url = `http://seeded.invalid/tin/${id}`;
  return {
    id,
    sourceId: SEED_SOURCE,
    url,
    canonicalUrl: url,
    title: `Bản tin thử nghiệm số ${n}: hợp tác xã thủy sản ở Cửa Tùng mở rộng`,
    byline: null,
    publishedAt: new Date(Date.UTC(2026, 10, 1, 8, n % 60)).toISOString(),
    languageHint: 'vi',
    text:
      `Bản tin số ${n}. Hợp tác xã thủy sản ở xã ven biển tỉnh Quảng Trị đón thêm mười tàu cá mới. ` +
      'Ngư dân cho biết mùa cá năm nay khá hơn năm trước nhờ thời tiết thuận lợi.',
    fetchedAt: new Date().toISOString(),
  };
}

/** How many times each job id of `queue` was started across these processes ("job started" lines). */
export function jobRuns(processes: ServiceProcess[], queue: string): Map<string, number> {
  return tally(processes, (line) =>
    line.msg === 'job started' && line.queue === queue ? String(line.jobId) : null,
  );
}

/** How many times each item was stored across these processes ("item stored" lines). */
export function itemStores(processes: ServiceProcess[]): Map<string, number> {
  return tally(processes, (line) => (line.msg === 'item stored' ? String(line.itemId) : null));
}

function tally(processes: ServiceProcess[], key: (line: LogLine) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const process of processes) {
    for (const line of process.lines()) {
      const k = key(line);
      if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}
