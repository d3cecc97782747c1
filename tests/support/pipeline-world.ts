// What the pipeline tests (e2e, integration, faults, web UI) and the crawl bench set up alike:
// feed sources to poll and an all-in-one runtime on the embedded adapters in a temp data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source } from '@presswatch/domain';
import { createRuntime, type Runtime } from '@presswatch/platform';

/** A Vietnamese domestic feed source; `extra` overrides any field. */
export function feedSource(id: string, url: string, extra: Partial<Source> = {}): Source {
  return {
    id,
    name: id,
    url,
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 60,
    maxPollSeconds: 600,
    selectors: null,
    enabled: true,
    ...extra,
  };
}

/** How a fixture feed labels its articles (absent labels: unknown, domestic). */
export interface FeedLabels {
  country?: string | null;
  language?: string | null;
  domestic?: boolean;
}

/** A fixture feed polled every second or two, so a running pipeline picks up new articles at once. */
export function fixtureFeedSource(id: string, url: string, labels: FeedLabels = {}): Source {
  return feedSource(id, url, {
    country: labels.country ?? null,
    language: labels.language ?? null,
    domestic: labels.domestic ?? true,
    minPollSeconds: 1,
    maxPollSeconds: 2,
  });
}

export interface EmbeddedRuntime {
  runtime: Runtime;
  /** Shuts the runtime down and removes its data dir. */
  close(): Promise<void>;
}

/**
 * A runtime on the embedded adapters (SQLite) in a fresh temp dir, serving on a free port of
 * 127.0.0.1, crawling only `allowHosts` with a fast scheduler and no per-host delay.
 */
export async function createEmbeddedRuntime(name: string, allowHosts: string[]): Promise<EmbeddedRuntime> {
  const dataDir = mkdtempSync(join(tmpdir(), `pw-${name}-`));
  const runtime = await createRuntime({
    name,
    handleSignals: false,
    env: {},
    overrides: {
      dataDir,
      sourcesFile: null,
      http: { host: '127.0.0.1', port: 0 },
      log: { level: 'warn' },
      crawl: { schedulerTickMs: 200, allowHosts, perHostDelayMs: 0 },
    },
  });
  return {
    runtime,
    async close() {
      await runtime.shutdown.shutdown('test over');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
