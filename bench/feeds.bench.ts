// Feed parsing: conformance pass rate on ../shared/feeds/feedparser (the figure the conformance
// test asserts) and parse throughput (feeds/s, items/s, MB/s) of parseFeedDocument on three
// document sets — the small feedparser cases, rss-parser's real-world fixtures and real VnExpress
// feeds — with plain rss-parser on the same documents as the baseline our layer adds to.
// Env BENCH_FEED_SECONDS sets the time spent per measurement (default 3).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeedDocument } from '@presswatch/ingest';
import Parser from 'rss-parser';
import { caseDocument, loadFeedparserCases } from '../tests/conformance/feedparser/cases.ts';
import { type CaseOutcome, passed, runCase } from '../tests/conformance/feedparser/run-case.ts';
import { printTable, SHARED, writeResult } from './support.ts';

const SECONDS = Number(process.env.BENCH_FEED_SECONDS ?? 3);
const NOW = new Date('2030-01-01T00:00:00Z');

interface Doc {
  text: string;
  url: string;
}

async function conformance(dir: string) {
  const cases = loadFeedparserCases(dir);
  const outcomes: { suite: string; outcome: CaseOutcome }[] = [];
  for (const c of cases) outcomes.push({ suite: c.suite, outcome: await runCase(dir, c) });
  const of = (suite: string) => outcomes.filter((o) => o.suite === suite).map((o) => o.outcome);
  const applicable = of('wellformed').filter((o) => o.applicable);
  const entities = of('entities');
  return {
    cases: cases.length,
    wellformedApplicable: applicable.length,
    wellformedPassed: applicable.filter(passed).length,
    passRate: applicable.filter(passed).length / applicable.length,
    entitiesRecovered: entities.filter(passed).length,
    entities: entities.length,
    crashed: outcomes.filter((o) => o.outcome.status === 'crashed').length,
    refused: outcomes.filter((o) => o.outcome.status === 'refused').length,
    failures: applicable.filter((o) => !passed(o)).map((o) => o.file),
  };
}

function documentSets(): Record<string, Doc[]> {
  const feedparserDir = join(SHARED, 'feeds/feedparser');
  const feedparser = loadFeedparserCases(feedparserDir)
    .filter((c) => c.suite === 'wellformed')
    .map((c) => {
      const { text, baseUrl } = caseDocument(feedparserDir, c);
      return { text, url: baseUrl };
    });
  const rssDir = join(SHARED, 'feeds/rss-parser/input');
  const rssParser = readdirSync(rssDir)
    .filter((f) => f !== 'unrecognized.rss')
    .map((f) => ({ text: readFileSync(join(rssDir, f), 'utf8'), url: `https://rss-parser.test/${f}` }));
  const viDir = join(SHARED, 'feeds/vi');
  const vi = readdirSync(viDir)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => ({ text: readFileSync(join(viDir, f), 'utf8'), url: `https://vnexpress.net/rss/${f}` }));
  return { 'feedparser well-formed': feedparser, 'rss-parser fixtures': rssParser, 'VnExpress feeds': vi };
}

/** Parses the set again and again for SECONDS, after a third of that as warm-up; feeds/s, items/s, MB/s. */
async function throughput(docs: Doc[], parse: (doc: Doc) => Promise<number>) {
  const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
  const warmUntil = performance.now() + (SECONDS * 1000) / 3;
  while (performance.now() < warmUntil) for (const doc of docs) await parse(doc).catch(() => 0);
  let feeds = 0;
  let items = 0;
  let size = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS * 1000) {
    for (const doc of docs) items += await parse(doc).catch(() => 0);
    feeds += docs.length;
    size += bytes;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    feedsPerSecond: feeds / seconds,
    itemsPerSecond: items / seconds,
    mbPerSecond: size / 1e6 / seconds,
  };
}

const ours = async (doc: Doc) => (await parseFeedDocument(doc.text, doc.url, { now: NOW })).entries.length;
const plainRssParser = async (doc: Doc) =>
  (await new Parser({ defaultRSS: 2 }).parseString(doc.text)).items.length;

async function main() {
  const dir = join(SHARED, 'feeds/feedparser');
  try {
    readdirSync(dir);
  } catch {
    console.log(`feeds bench: ${dir} not found (set PRESSWATCH_SHARED_DIR); nothing measured`);
    return;
  }
  const rate = await conformance(dir);
  console.log(
    `feedparser conformance: ${rate.wellformedPassed}/${rate.wellformedApplicable} applicable well-formed cases pass ` +
      `(${(rate.passRate * 100).toFixed(1)} %); entities recovered ${rate.entitiesRecovered}/${rate.entities}; ` +
      `${rate.crashed} crashed, ${rate.refused} refused with FeedParseError, of ${rate.cases}`,
  );
  const rows: Record<string, string | number>[] = [];
  for (const [name, docs] of Object.entries(documentSets())) {
    for (const [parser, parse] of [
      ['parseFeedDocument', ours],
      ['rss-parser alone', plainRssParser],
    ] as const) {
      const t = await throughput(docs, parse);
      rows.push({
        documents: `${name} (${docs.length})`,
        parser,
        'feeds/s': Math.round(t.feedsPerSecond),
        'items/s': Math.round(t.itemsPerSecond),
        'MB/s': Number(t.mbPerSecond.toFixed(2)),
      });
    }
  }
  printTable(rows);
  const path = writeResult('feeds', { seconds: SECONDS, conformance: rate, throughput: rows });
  console.log(`written ${path}`);
}

await main();
