// Why is an engine search slow? For each query shape of the million benchmarks, captures the
// requests the adapter sends (a wrapping EngineClient: the page, then the counts — exact, or of
// the sample), then asks the engine for each again with
// `profile: true` and prints where the time goes: the engine's own `took`, the number of shards,
// and per phase (query, collectors, aggregations, fetch) the sum over shards and the slowest shard.
// Usage: SEARCH_URL=http://127.0.0.1:<port> node --import tsx bench/engine-million-profile.ts
// (BENCH_PREFIX, default pw-million; BENCH_SHAPE to profile one shape; BENCH_SORT time|relevance).
import { parseQuery } from '@presswatch/query';
import { createEngineClient, type EngineClient, openSearchEngineStorage } from '@presswatch/storage-search';
import { engineJson } from './support/engine-node.ts';
import { MILLION_FACETS, MILLION_QUERIES } from './support/million-queries.ts';
import { printTable } from './support.ts';

const URL = process.env.SEARCH_URL ?? '';
const PREFIX = process.env.BENCH_PREFIX ?? 'pw-million';

interface Captured {
  index: string;
  body: Record<string, unknown>;
  dfs: boolean;
}

function capturingClient(inner: EngineClient, captured: Captured[]): EngineClient {
  return {
    ...inner,
    kind: inner.kind,
    search(index, body, options) {
      captured.push({ index, body, dfs: options?.dfs ?? false });
      return inner.search(index, body, options);
    },
  };
}

interface ProfileShard {
  id: string;
  searches: { query: { time_in_nanos: number }[]; collector: { time_in_nanos: number }[] }[];
  aggregations: { time_in_nanos: number }[];
  fetch?: { time_in_nanos: number }[];
}

function phaseMs(shards: ProfileShard[]) {
  const sum = (f: (s: ProfileShard) => number) => shards.map(f);
  const query = sum((s) => s.searches.reduce((t, x) => t + (x.query[0]?.time_in_nanos ?? 0), 0) / 1e6);
  const collect = sum((s) => s.searches.reduce((t, x) => t + (x.collector[0]?.time_in_nanos ?? 0), 0) / 1e6);
  const aggs = sum((s) => s.aggregations.reduce((t, a) => t + a.time_in_nanos, 0) / 1e6);
  const total = (xs: number[]) => +xs.reduce((a, b) => a + b, 0).toFixed(1);
  const max = (xs: number[]) => +Math.max(...xs).toFixed(1);
  return {
    'query Σ/max ms': `${total(query)} / ${max(query)}`,
    'collect Σ/max ms': `${total(collect)} / ${max(collect)}`,
    'aggs Σ/max ms': `${total(aggs)} / ${max(aggs)}`,
  };
}

/** `page`, `count` (to the bound), or `counts` (with facets) and the sample slots they are limited to. */
function requestKind(body: Record<string, unknown>): string {
  const slots = JSON.stringify(body.query).match(/"sample":\{"lt":(\d+)\}/)?.[1];
  const newest = body.from !== undefined ? ', newest' : '';
  if (slots) return `counts${newest}, sample < ${slots}`;
  if (body.aggs || body.from !== undefined) return `counts${newest}`;
  return body.size === 0 ? 'count' : 'page';
}

async function main() {
  if (!URL) throw new Error('set SEARCH_URL to the node of bench/engine-million.bench.ts');
  const captured: Captured[] = [];
  const client = capturingClient(createEngineClient(URL, 'opensearch'), captured);
  const storage = await openSearchEngineStorage({ url: URL, client, prefix: PREFIX, replicas: 0 });
  const rows: Record<string, string | number>[] = [];
  const sorts = process.env.BENCH_SORT
    ? [process.env.BENCH_SORT as 'time']
    : (['time', 'relevance'] as const);
  for (const [shape, q] of Object.entries(MILLION_QUERIES)) {
    if (process.env.BENCH_SHAPE && process.env.BENCH_SHAPE !== shape) continue;
    for (const sort of sorts) {
      const request = { query: parseQuery(q), sort, limit: 20, facets: MILLION_FACETS, highlight: true };
      await storage.search.search(request);
      captured.length = 0;
      const t0 = performance.now();
      await storage.search.search(request);
      const clientMs = performance.now() - t0;
      // Every request of the search: the page, and the counts (exact, or of the sample).
      for (const { index, body, dfs } of captured.splice(0)) {
        const search = dfs ? '?search_type=dfs_query_then_fetch' : '';
        const plain = await engineJson<{ took: number }>(URL, `/${index}/_search${search}`, 'POST', body);
        const profiled = await engineJson<{ took: number; profile: { shards: ProfileShard[] } }>(
          URL,
          `/${index}/_search${search}`,
          'POST',
          { ...body, profile: true },
        );
        rows.push({
          shape,
          sort,
          request: requestKind(body),
          'client ms': +clientMs.toFixed(1),
          'took ms': plain.took,
          shards: profiled.profile.shards.length,
          ...phaseMs(profiled.profile.shards),
        });
        if (process.env.BENCH_SHOW_BODY) console.log(JSON.stringify(body));
      }
    }
  }
  printTable(rows);
  await storage.close();
}

await main();
