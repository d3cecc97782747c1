// The crawl-path stores over the search engine (packages/storage-search/src/repositories,
// createCrawlGroup) beside SQLite: the scheduler's tick (listDue of BENCH_DUE of BENCH_SOURCES
// sources, then one postponePolls of them all, as stages/src/scheduler.ts does), a crawler's
// saveState alone, the fetch stage's URL-alias claim and owners lookup, and a fetched document's
// put / get / delete (20 kB, and one of 4 MB). Synthetic data (fictional text), no corpus needed.
// SEARCH_URL names the node; without it the test node of infra/search-node is started and stopped.
import { emptySourceState, type FetchedDocument, type Source } from '@presswatch/domain';
import { type CrawlGroup, createCrawlGroup } from '@presswatch/storage-search';
import { measureBothBackends, type Row, latencyRow as row, time } from './support/store-bench.ts';
import { printTable, writeResult } from './support.ts';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 2000);
const DUE = Number(process.env.BENCH_DUE ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TICKS = 3;

type Stores = Pick<CrawlGroup, 'sources' | 'documents' | 'urlAliases'>;

function source(i: number): Source {
  return {
    id: `src-${String(i).padStart(5, '0')}`,
    name: `Báo thử ${i}`,
    url: `https://bao-${i}.example.vn/rss`,
    kind: 'feed',
    render: false,
    country: 'vn',
    language: 'vi',
    domestic: true,
    minPollSeconds: 300,
    maxPollSeconds: 3600,
    selectors: null,
    enabled: true,
  };
}

function document(id: string, bytes: number): FetchedDocument {
  const sentence = 'Ngư dân xã Vĩnh Thái ra khơi sau cơn bão, tàu cá cập cảng Cửa Tùng an toàn. ';
  return {
    id,
    sourceId: 'src-00001',
    url: `https://bao.example.vn/${id}.html`,
    canonicalUrl: `https://bao.example.vn/${id}.html`,
    title: 'Tin thử',
    byline: null,
    publishedAt: null,
    languageHint: 'vi',
    text: sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence))),
    fetchedAt: new Date().toISOString(),
  };
}

/** Sources with DUE of them due (never polled) and the rest polled later. */
async function seedSources(stores: Stores): Promise<void> {
  const later = new Date(Date.now() + 3_600_000).toISOString();
  for (let i = 0; i < SOURCES; i++) {
    await stores.sources.upsert(source(i));
    if (i >= DUE) await stores.sources.saveState({ ...emptySourceState(source(i).id), nextPollAt: later });
  }
}

/** One scheduler tick as stages/src/scheduler.ts runs it: listDue, then one postponePolls. */
async function schedulerTick(stores: Stores, guardMs: number): Promise<{ listMs: number; tickMs: number }> {
  const t0 = performance.now();
  const due = await stores.sources.listDue(new Date(), DUE);
  const listMs = performance.now() - t0;
  if (due.length !== DUE) throw new Error(`expected ${DUE} due sources, got ${due.length}`);
  const guard = new Date(Date.now() + guardMs).toISOString();
  await stores.sources.postponePolls(due.map((s) => ({ sourceId: s.id, nextPollAt: guard })));
  return { listMs, tickMs: performance.now() - t0 };
}

async function measure(name: string, stores: Stores): Promise<Row[]> {
  const rows: Row[] = [];
  await seedSources(stores);
  const ticks: { listMs: number; tickMs: number }[] = [];
  for (let t = 0; t < TICKS; t++) {
    // The guard lies in the past, so the same sources are due again on the next tick.
    ticks.push(await schedulerTick(stores, -1000));
  }
  const listMs = ticks.map((t) => t.listMs).sort((a, b) => a - b);
  const tickMs = ticks.map((t) => t.tickMs).sort((a, b) => a - b);
  rows.push(row(name, `listDue ${DUE} of ${SOURCES} (after a tick)`, listMs));
  rows.push(row(name, `scheduler tick (listDue + postponePolls of ${DUE})`, tickMs));
  const quiet = await time(20, () => stores.sources.listDue(new Date(), DUE));
  rows.push(row(name, `listDue ${DUE}, no write since the last`, quiet));
  const state = (i: number) => ({ ...emptySourceState(source(i % SOURCES).id), itemsSeen: i });
  rows.push(row(name, 'saveState', await time(RUNS, (i) => stores.sources.saveState(state(i)))));
  rows.push(row(name, 'get source', await time(RUNS, (i) => stores.sources.get(source(i % SOURCES).id))));
  const urls = (i: number) => [0, 1, 2, 3].map((k) => `https://bao.example.vn/tin/${i}-${k}.html`);
  rows.push(
    row(name, 'claim 4 new URLs', await time(RUNS, (i) => stores.urlAliases.claim(`it-${i}`, urls(i)))),
  );
  rows.push(
    row(name, 'claim 4 taken URLs', await time(RUNS, (i) => stores.urlAliases.claim(`other-${i}`, urls(i)))),
  );
  rows.push(row(name, 'owners of 1 URL', await time(RUNS, (i) => stores.urlAliases.owners([urls(i)[0]!]))));
  const small = document('doc', 20_000);
  rows.push(
    row(name, 'put 20 kB document', await time(RUNS, (i) => stores.documents.put({ ...small, id: `d${i}` }))),
  );
  rows.push(row(name, 'get 20 kB document', await time(RUNS, (i) => stores.documents.get(`d${i}`))));
  rows.push(row(name, 'delete document', await time(RUNS, (i) => stores.documents.delete(`d${i}`))));
  const big = document('big', 4 * 1024 * 1024);
  rows.push(row(name, 'put + get 4 MB document', await time(5, () => putGet(stores, big))));
  return rows;
}

async function putGet(stores: Stores, doc: FetchedDocument): Promise<void> {
  await stores.documents.put(doc);
  const back = await stores.documents.get(doc.id);
  if (back?.text.length !== doc.text.length) throw new Error('the large document came back changed');
}

async function main() {
  const rows = await measureBothBackends<Stores>({
    label: 'crawl-stores',
    fromSqlite: (storage) => storage,
    createEngineGroup: createCrawlGroup,
    measure,
  });
  printTable(rows);
  console.log(
    `results: ${writeResult('engine-crawl-stores', { sources: SOURCES, due: DUE, runs: RUNS, rows })}`,
  );
}

await main();
