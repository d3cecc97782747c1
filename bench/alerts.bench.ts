// Alerting on real Vietnamese news from ../shared/corpus: how fast the process stage evaluates
// the alert rules per item (matcher only, and the whole alert hook on the embedded store with
// alerts, activity counts and webhook fan-out), how long a daily digest takes to compose, and one
// spike check. Env BENCH_ITEMS (default 5,000) and BENCH_RULES (default 50).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  composeDigest,
  createFanOut,
  createItemAlerting,
  createRuleSet,
  createSpikeHandler,
  emptyFilters,
  toMatchableDocument,
  uiLinks,
} from '@presswatch/alerts';
import { type AlertRule, deliverQueue, type Item } from '@presswatch/domain';
import { compileMatcher } from '@presswatch/query';
import { openSqliteQueueBackend } from '@presswatch/queue-sqlite';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { normalizeText } from '@presswatch/text';
import { type CorpusArticle, printTable, readCorpus, writeResult } from './support.ts';

const COUNT = Number(process.env.BENCH_ITEMS ?? 5_000);
const RULES = Number(process.env.BENCH_RULES ?? 50);
const QUERIES = [
  '"Quảng Trị"',
  'quang tri',
  '(biên giới OR "cửa khẩu") AND -bóng',
  '"biển đảo" OR "Hoàng Sa" OR "Trường Sa"',
  'đầu tư* AND (dự án OR "khu kinh tế")',
  '"nhân quyền" OR "tự do tôn giáo"',
  'title:"Đồng Hới"',
  'ngư dân NOT (bóng đá)',
  '"Lao Bảo"',
  'bao chi OR phong vien',
];
const DAY = '2025-03-10';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function toItem(article: CorpusArticle, index: number): Item {
  // Spread over two local days (Asia/Ho_Chi_Minh) so the digest reads about half.
  const at = new Date(
    Date.parse(`${DAY}T00:00:00+07:00`) - 86_400_000 + (index % 2880) * 60_000,
  ).toISOString();
  return {
    id: `bench-${index}`,
    url: article.url ?? `https://example.vn/${article.id}`,
    canonicalUrl: article.url ?? `https://example.vn/${article.id}`,
    sourceId: `src-${index % 40}`,
    sourceName: `Nguồn ${index % 40}`,
    title: normalizeText(article.title),
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: 'vi',
    country: index % 5 === 0 ? 'us' : 'vn',
    domestic: index % 5 !== 0,
    text: normalizeText(article.text),
    summary: null,
    topics: index % 3 === 0 ? [{ topic: 'border', score: 0.8, matched: [] }] : [],
    relevance: (index % 10) / 10,
    tone: index % 7 === 0 ? -0.5 : 0.1,
    clusterId: `c-${index % 400}`,
  };
}

function rules(): AlertRule[] {
  return Array.from({ length: RULES }, (_, i) => ({
    id: `rule-${i}`,
    name: `Rule ${i}`,
    ownerId: null,
    query: QUERIES[i % QUERIES.length]!,
    filters: { ...emptyFilters(), domestic: i % 4 === 1 ? false : null, maxTone: i % 4 === 2 ? -0.2 : null },
    minScore: null,
    onePerCluster: true,
    quietHours: null,
    channels: i % 2 === 0 ? ['wh-a'] : [],
    spikeAlerts: i % 5 === 0,
    enabled: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }));
}

async function main() {
  const corpus = await readCorpus(COUNT);
  if (!corpus) {
    console.log('alerts: ../shared/corpus is missing; skipped');
    return;
  }
  const items = corpus.map(toItem);
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-alerts-'));
  const storage = openSqliteStorage({ path: join(dir, 'bench.db') });
  const queues = openSqliteQueueBackend({ path: join(dir, 'queue.db'), logger: quiet });
  try {
    for (const rule of rules()) await storage.rules.save(rule);
    const subscription = {
      name: 'bench',
      url: 'https://hooks.example/x',
      format: 'json' as const,
      secret: 's',
    };
    const common = {
      telegramChatId: null,
      ratePerMinute: 30,
      locale: 'vi' as const,
      enabled: true,
      ownerId: null,
    };
    const at = '2025-01-01T00:00:00.000Z';
    await storage.webhooks.save({
      ...subscription,
      ...common,
      id: 'wh-a',
      topics: [],
      createdAt: at,
      updatedAt: at,
    });
    await storage.webhooks.save({
      ...subscription,
      ...common,
      id: 'wh-b',
      topics: ['border'],
      createdAt: at,
      updatedAt: at,
    });
    const ruleSet = createRuleSet({ rules: storage.rules, compileMatcher, logger: quiet });

    // 1. The matcher alone: analyse each item once, run every rule on it.
    const compiled = await ruleSet.current();
    let matches = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const item of items) {
      const document = toMatchableDocument(item);
      for (const rule of compiled) if (rule.matches(item, document)) matches++;
    }
    const evaluateMs = performance.now() - t0;
    const evaluateCpuMs = cpuMs(cpu0);

    // 2. The whole hook on the embedded store (items are stored first, as the process stage does).
    await storage.items.upsertMany(items);
    const fanOut = createFanOut({
      ...storage,
      deliverQueue: queues.queue(deliverQueue),
      settings: { batchWindowMs: 5_000, maxAlertsPerMessage: 20 },
    });
    const onItem = createItemAlerting({ ...storage, ruleSet, fanOut, logger: quiet });
    const cpu1 = process.cpuUsage();
    const t1 = performance.now();
    for (const item of items) await onItem(item);
    const hookMs = performance.now() - t1;
    const hookCpuMs = cpuMs(cpu1);
    const { alerts } = await storage.alerts.list({ limit: 100_000 });
    const { deliveries } = await storage.deliveries.list({ limit: 100_000 });

    // 3. A daily digest over the day, every topic.
    const digestSubscription = {
      id: 'dg',
      userId: 'u',
      email: 'x@example.vn',
      topics: [],
      audience: 'all' as const,
      minRelevance: null,
      sendAt: '07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      locale: 'vi' as const,
      enabled: true,
      createdAt: at,
      updatedAt: at,
    };
    const cpu2 = process.cpuUsage();
    const t2 = performance.now();
    const digest = await composeDigest(digestSubscription, DAY, {
      search: storage.search,
      links: uiLinks('https://pw'),
    });
    const digestMs = performance.now() - t2;
    const digestCpuMs = cpuMs(cpu2);

    // 4. One spike check at the end of the day.
    const spikes = createSpikeHandler({
      ...storage,
      fanOut,
      settings: { minCountHour: 5, minCountDay: 15, pValue: 0.001, minRatio: 2 },
      timeZone: 'Asia/Ho_Chi_Minh',
      logger: quiet,
    });
    const end = new Date(`${DAY}T17:00:00Z`);
    const cpu3 = process.cpuUsage();
    const t3 = performance.now();
    await spikes({
      id: 'b',
      payload: { at: end.toISOString() },
      attempt: 1,
      signal: new AbortController().signal,
    });
    const spikeMs = performance.now() - t3;
    const spikeCpuMs = cpuMs(cpu3);

    const perSecond = (ms: number) => round(items.length / (ms / 1000));
    const result = {
      items: items.length,
      rules: RULES,
      evaluate: {
        itemsPerCpuSecond: perSecond(evaluateCpuMs),
        itemsPerSecond: perSecond(evaluateMs),
        matches,
      },
      hook: {
        itemsPerCpuSecond: perSecond(hookCpuMs),
        itemsPerSecond: perSecond(hookMs),
        alerts: alerts.length,
        deliveries: deliveries.length,
      },
      digest: {
        cpuMs: round(digestCpuMs),
        ms: round(digestMs),
        items: digest.total,
        truncated: digest.truncated,
      },
      spikeCheck: { cpuMs: round(spikeCpuMs), ms: round(spikeMs) },
    };
    // CPU time first: on a shared machine the wall clock says more about the neighbours.
    printTable([
      {
        measure: `rule evaluation (${RULES} rules, matcher only)`,
        cpu: `${result.evaluate.itemsPerCpuSecond} items/s`,
        wall: `${result.evaluate.itemsPerSecond} items/s`,
        detail: `${matches} matches`,
      },
      {
        measure: 'alert hook (embedded store, fan-out)',
        cpu: `${result.hook.itemsPerCpuSecond} items/s`,
        wall: `${result.hook.itemsPerSecond} items/s`,
        detail: `${alerts.length} alerts, ${deliveries.length} deliveries`,
      },
      {
        measure: 'daily digest composition',
        cpu: `${result.digest.cpuMs} ms`,
        wall: `${result.digest.ms} ms`,
        detail: `${digest.total} items${digest.truncated ? ' (truncated)' : ''}`,
      },
      {
        measure: 'spike check (hour + day windows)',
        cpu: `${result.spikeCheck.cpuMs} ms`,
        wall: `${result.spikeCheck.ms} ms`,
        detail: '',
      },
    ]);
    console.log(`written ${writeResult('alerts', result)}`);
  } finally {
    await queues.close();
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

await main();
