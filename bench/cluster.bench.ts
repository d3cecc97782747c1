// Story clustering over the corpus: items/s for signature alone and for signature + candidate
// lookup + assign (+ summary) on a real SQLite store, the duplicate rate it finds, and a sample
// of joined pairs to check precision by eye.
//   node --import tsx bench/cluster.bench.ts        BENCH_ITEMS (20,000), BENCH_SAMPLE (20)
// The corpus has no dates for most items, so all of them are placed inside one week (a time each,
// a minute apart): every item is a candidate for every other, the worst case for lookups and the
// most the clustering can find.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createClusterer,
  decodeSignature,
  estimateSimilarity,
  itemSignature,
  joinReason,
} from '@presswatch/cluster';
import type { ClusterMember, Item } from '@presswatch/domain';
import { openSqliteStorage, type SqliteStorage } from '@presswatch/storage-sqlite';
import Database from 'better-sqlite3';
import { type CorpusArticle, printTable, readCorpus, SHARED, writeResult } from './support.ts';

const LIMIT = Number(process.env.BENCH_ITEMS ?? 20_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 20);
const START = Date.parse('2026-03-02T00:00:00Z');

function toItem(article: CorpusArticle, index: number): Item {
  const at = new Date(START + index * 20_000).toISOString(); // 20,000 items in ~4.6 days
  const sourceId = article.id.split('-')[0] ?? 'corpus';
  return {
    id: article.id,
    url: article.url ?? `https://corpus.example/${article.id}`,
    canonicalUrl: article.url ?? `https://corpus.example/${article.id}`,
    sourceId,
    sourceName: article.source,
    title: article.title,
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: article.text,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  };
}

function timeSignatures(items: Item[]): number {
  const started = performance.now();
  for (const item of items) itemSignature(item);
  return items.length / ((performance.now() - started) / 1000);
}

async function timeAssign(storage: SqliteStorage, items: Item[]): Promise<number> {
  const clusterer = createClusterer(storage.clusters);
  const started = performance.now();
  for (const item of items) await clusterer.assign(item);
  return items.length / ((performance.now() - started) / 1000);
}

interface Counts {
  clusters: number;
  multi: number;
  members: number;
  largest: number;
}

function countClusters(path: string): Counts {
  const db = new Database(path, { readonly: true });
  const row = db
    .prepare(`SELECT count(*) AS clusters, sum(size > 1) AS multi, sum(size) AS members, max(size) AS largest
      FROM clusters`)
    .get() as Counts;
  db.close();
  return row;
}

/** Joined members with the member they joined through, a deterministic spread over the set. */
function joinedSample(path: string, byId: Map<string, Item>): string[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare(`SELECT doc, signature FROM cluster_members WHERE json_extract(doc, '$.joinedVia') IS NOT NULL
      ORDER BY substr(item_id, -3), item_id`)
    .all() as { doc: string; signature: Buffer }[];
  const viaSignature = db.prepare('SELECT signature FROM cluster_members WHERE item_id = ?').pluck();
  const reasons = new Map<string, number>();
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const member = JSON.parse(row.doc) as ClusterMember;
    const a = decodeSignature(row.signature);
    const b = decodeSignature(viaSignature.get(member.joinedVia) as Buffer);
    const reason = joinReason(a, b, estimateSimilarity(a.minhash, b.minhash)) ?? 'none';
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (index % Math.max(1, Math.floor(rows.length / SAMPLE)) !== 0 || lines.length >= SAMPLE) return;
    const via = byId.get(member.joinedVia!);
    lines.push(
      `${member.similarity.toFixed(2)} ${reason.padEnd(14)} ${member.itemId} | ${member.title.slice(0, 70)}\n` +
        `${' '.repeat(20)}${via?.id} | ${via?.title.slice(0, 70)}`,
    );
  });
  db.close();
  console.log(`\njoins by reason: ${JSON.stringify(Object.fromEntries(reasons))}`);
  return lines;
}

async function main(): Promise<void> {
  const articles = await readCorpus(LIMIT);
  if (!articles) {
    console.log(`cluster: ${join(SHARED, 'corpus/vi-news.jsonl')} is missing; nothing measured`);
    return;
  }
  const items = articles.map(toItem);
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-cluster-'));
  const path = join(dir, 'store.db');
  const storage = openSqliteStorage({ path });
  try {
    timeSignatures(items.slice(0, 1000)); // warm-up
    const signaturesPerSecond = timeSignatures(items);
    const assignPerSecond = await timeAssign(storage, items);
    storage.close(); // checkpoints the WAL, so the file size is the store's
    const counts = countClusters(path);
    const duplicates = counts.members - counts.clusters;
    const result = {
      items: items.length,
      signaturesPerSecond: Math.round(signaturesPerSecond),
      assignPerSecond: Math.round(assignPerSecond),
      clusters: counts.clusters,
      clustersWithCopies: counts.multi,
      largestCluster: counts.largest,
      duplicateItems: duplicates,
      duplicateRate: Number((duplicates / items.length).toFixed(4)),
      storeBytesPerItem: Math.round(statSync(path).size / items.length),
    };
    printTable([result]);
    const byId = new Map(items.map((item) => [item.id, item]));
    console.log(`\nsample of joined pairs (similarity, reason, item | the member it joined):`);
    console.log(joinedSample(path, byId).join('\n'));
    console.log(`\nwrote ${writeResult('cluster', result)}`);
  } finally {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
