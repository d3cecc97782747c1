// Moves an item store of the month layout (`<prefix>-items-YYYY.MM`, no `sample` field) to the
// year layout (`<prefix>-items-YYYY`, sorted by time, a `sample` slot per item) without reloading
// it from the corpus: each year's month indices are copied with `_reindex` into the year index,
// a Painless script setting the slot (SAMPLE_SLOT_PAINLESS, the same hash as sampleSlot()); then
// one atomic alias action puts the year index behind the read alias and deletes its months, so
// searches never see an item twice. Writers should be stopped while it runs.
// Usage: SEARCH_URL=http://127.0.0.1:<port> node --import tsx bench/engine-million-migrate.ts
// (BENCH_PREFIX, default pw-million; BENCH_MIGRATE_PARALLEL, default 2 years at a time;
// BENCH_ENGINE_FORCEMERGE=1 merges each year index to one segment afterwards).
import { SAMPLE_SLOT_PAINLESS } from '../packages/storage-search/src/items/sample-slot.ts';
import { openSearchEngineStorage } from '../packages/storage-search/src/open.ts';
import { setItemIndexSettings } from './engine-million-load.ts';
import { engineJson } from './support/engine-node.ts';

const URL = process.env.SEARCH_URL ?? '';
const PREFIX = process.env.BENCH_PREFIX ?? 'pw-million';
const PARALLEL = Number(process.env.BENCH_MIGRATE_PARALLEL ?? 2);
const FORCEMERGE = process.env.BENCH_ENGINE_FORCEMERGE === '1';
const MONTH_INDEX = /-items-(\d{4})\.\d{2}$/;

/** The month indices of the prefix, by year. */
async function monthIndicesByYear(): Promise<Map<string, string[]>> {
  const rows = await engineJson<{ index: string }[]>(
    URL,
    `/_cat/indices/${PREFIX}-items-*?format=json&h=index`,
  );
  const byYear = new Map<string, string[]>();
  for (const { index } of rows) {
    const year = MONTH_INDEX.exec(index)?.[1];
    if (year) byYear.set(year, [...(byYear.get(year) ?? []), index].sort());
  }
  return byYear;
}

async function waitForTask(task: string): Promise<Record<string, unknown>> {
  for (;;) {
    const state = await engineJson<{ completed: boolean; response?: Record<string, unknown> }>(
      URL,
      `/_tasks/${task}?wait_for_completion=true&timeout=60s`,
    ).catch(() => ({ completed: false }) as { completed: boolean; response?: Record<string, unknown> });
    if (state.completed) return state.response ?? {};
  }
}

async function migrateYear(year: string, months: string[]): Promise<void> {
  const alias = `${PREFIX}-items`;
  const target = `${PREFIX}-items-${year}`;
  const t0 = performance.now();
  // The template gives the year index the layout and the alias: hide it until it is complete.
  await engineJson(URL, `/${target}`, 'PUT', {}).catch((error: Error) => {
    if (!/resource_already_exists/.test(error.message)) throw error;
  });
  await engineJson(URL, '/_aliases', 'POST', { actions: [{ remove: { index: target, alias } }] }).catch(
    () => undefined,
  );
  await engineJson(URL, `/${target}/_settings`, 'PUT', {
    index: { refresh_interval: '-1', 'translog.durability': 'async' },
  });
  const started = await engineJson<{ task: string }>(
    URL,
    '/_reindex?wait_for_completion=false&refresh=false',
    'POST',
    {
      source: { index: months.join(','), size: 2_000 },
      dest: { index: target },
      script: { lang: 'painless', source: SAMPLE_SLOT_PAINLESS },
    },
  );
  const response = await waitForTask(started.task);
  const failures = (response.failures as unknown[] | undefined) ?? [];
  if (failures.length > 0) throw new Error(`${target}: ${JSON.stringify(failures.slice(0, 3))}`);
  await engineJson(URL, `/${target}/_refresh`, 'POST');
  const copied = await engineJson<{ count: number }>(URL, `/${target}/_count`);
  const source = await engineJson<{ count: number }>(URL, `/${months.join(',')}/_count`);
  if (copied.count !== source.count) throw new Error(`${target}: ${copied.count} of ${source.count} copied`);
  await engineJson(URL, '/_aliases', 'POST', {
    actions: [{ add: { index: target, alias } }, ...months.map((index) => ({ remove_index: { index } }))],
  });
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `${target}: ${copied.count} items from ${months.length} month indices in ${seconds.toFixed(0)} s ` +
      `(${(copied.count / seconds).toFixed(0)} items/s)`,
  );
}

async function main() {
  if (!URL) throw new Error('set SEARCH_URL to the node of bench/engine-million.bench.ts');
  // Opening installs the year layout's template (and creates this year's index).
  const storage = await openSearchEngineStorage({
    url: URL,
    engine: 'opensearch',
    prefix: PREFIX,
    replicas: 0,
  });
  await storage.close();
  const byYear = [...(await monthIndicesByYear())];
  console.log(
    `migrating ${byYear.length} years: ${byYear.map(([year, m]) => `${year} (${m.length})`).join(', ')}`,
  );
  const t0 = performance.now();
  const queue = [...byYear];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await migrateYear(...next);
    }),
  );
  await setItemIndexSettings(URL, PREFIX, false);
  await engineJson(URL, `/${PREFIX}-items-*/_flush`, 'POST');
  console.log(`migrated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (FORCEMERGE) {
    const t1 = performance.now();
    await engineJson(URL, `/${PREFIX}-items-*/_forcemerge?max_num_segments=1`, 'POST');
    console.log(`force-merged in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  }
}

await main();
