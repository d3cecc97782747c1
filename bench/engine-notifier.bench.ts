// The notifier-group stores over the search engine (packages/storage-search/src/repositories,
// createNotifierGroup) beside SQLite: what a processor does per item in distributed mode (count
// it under its activity keys: one bulk create, no refresh wait), sequentially and BENCH_CONCURRENCY
// at once; what the notifier does per alert event (add a delivery entry, take a send slot); the
// hourly spike read (counts of BENCH_KEYS keys over 7 days in hourly buckets); and the audit log
// (record, list a page of 50). Synthetic data (fictional), no corpus needed. SEARCH_URL names the
// node; without it the test node of infra/search-node is started and stopped.
import { randomUUID } from 'node:crypto';
import { createNotifierGroup, type NotifierGroup } from '@presswatch/storage-search';
import { measureBothBackends, type Row, latencyRow as row, time } from './support/store-bench.ts';
import { printTable, writeResult } from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const KEYS = Number(process.env.BENCH_KEYS ?? 50);
const HOUR = 3_600_000;

const keysOf = (i: number) => [
  `topic:t${i % KEYS}|domestic`,
  `topic:t${(i + 7) % KEYS}|foreign`,
  `rule:r${i % 5}`,
];
const itemTime = (i: number) => new Date(Date.UTC(2026, 2, 1) + (i * 7 * 24 * HOUR) / ITEMS).toISOString();

/** Items counted per second with `concurrency` processors' worth of calls in flight. */
async function recordThroughput(stores: NotifierGroup, from: number, count: number, concurrency: number) {
  let next = from;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < from + count) {
        const i = next++;
        await stores.activity.record(`item-${i}`, keysOf(i), itemTime(i));
      }
    }),
  );
  return count / ((performance.now() - t0) / 1000);
}

async function measure(name: string, stores: NotifierGroup): Promise<Row[]> {
  const rows: Row[] = [];
  const record = (i: number) => stores.activity.record(`item-${i}`, keysOf(i), itemTime(i));
  rows.push(row(name, 'count an item (3 activity keys)', await time(RUNS, record)));
  const rate = await recordThroughput(stores, RUNS, ITEMS, CONCURRENCY);
  rows.push({
    backend: name,
    op: `count ${ITEMS} items, ${CONCURRENCY} at once`,
    runs: ITEMS,
    items_per_s: Math.round(rate),
  });
  const keys = Array.from({ length: KEYS }, (_, k) => `topic:t${k}|domestic`);
  const from = new Date(Date.UTC(2026, 2, 1));
  const to = new Date(from.getTime() + 7 * 24 * HOUR);
  rows.push(
    row(
      name,
      `spike read: ${KEYS} keys × 168 hourly buckets`,
      await time(20, () => stores.activity.counts(keys, from, to, HOUR)),
    ),
  );
  rows.push(row(name, 'list active keys over 7 days', await time(20, () => stores.activity.keys(from, to))));
  await stores.webhooks.save({
    id: 'w',
    name: 'Nhóm thử',
    url: 'http://127.0.0.1:9/hook',
    format: 'json',
    secret: 's',
    telegramChatId: null,
    topics: [],
    ratePerMinute: 60,
    locale: 'vi',
    enabled: true,
    ownerId: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  });
  const addEntry = (i: number) =>
    stores.deliveries.addEntry({
      subscriptionId: 'w',
      heldUntil: null,
      entry: { alertId: `a${i}`, event: 'opened', itemIds: [`item-${i}`], at: new Date().toISOString() },
      entryKey: `a${i}|opened|item-${i}`,
      newDeliveryId: `dl_${randomUUID()}`,
      maxEntries: 20,
      now: new Date().toISOString(),
    });
  rows.push(row(name, 'add a delivery entry', await time(RUNS, addEntry)));
  const now = Date.now();
  rows.push(
    row(
      name,
      'take a send slot',
      await time(RUNS, (i) => stores.webhooks.takeSendSlot('w', new Date(now + i * 1000), 1000)),
    ),
  );
  const audit = (i: number) =>
    stores.audit.record({ actor: 'user:u1', action: 'rule.update', target: `r${i}`, details: { i } });
  rows.push(row(name, 'record an audit entry', await time(RUNS, audit)));
  rows.push(
    row(
      name,
      'list 50 audit entries',
      await time(30, () => stores.audit.list({ limit: 50, action: 'rule.*' })),
    ),
  );
  return rows;
}

async function main() {
  const rows = await measureBothBackends<NotifierGroup>({
    label: 'notifier',
    fromSqlite: (storage) => storage,
    createEngineGroup: createNotifierGroup,
    measure,
  });
  printTable(rows);
  const settings = { runs: RUNS, items: ITEMS, concurrency: CONCURRENCY, keys: KEYS, rows };
  console.log(`results: ${writeResult('engine-notifier', settings)}`);
}

await main();
