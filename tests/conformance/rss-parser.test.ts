// rss-parser's own regression fixtures (../shared/feeds/rss-parser): for every field both our
// FeedDocument and rss-parser express, we must read what rss-parser's expected output holds, so the
// layer we add on top of it (namespaces, xml:base, text types, media) changes nothing it got right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedParseError, parseFeedDocument } from '@presswatch/ingest';
import { describe, expect, it } from 'vitest';
import { compareWithRssParser, type ExpectedFeed } from './rss-parser/compare-output.ts';
import { sharedData } from './support/shared-dir.ts';

interface ManifestCase {
  name: string;
  input: string;
  expected: string | null;
  read_as: 'utf8' | 'latin1';
  expect: string;
}

const data = sharedData('feeds/rss-parser', 'rss-parser fixtures');
const NOW = new Date('2030-01-01T00:00:00Z');

describe.skipIf(data.skip)(data.title, () => {
  const manifest = () =>
    (JSON.parse(readFileSync(join(data.dir, 'manifest.json'), 'utf8')) as { cases: ManifestCase[] }).cases;
  const read = (c: ManifestCase, path: string) => readFileSync(join(data.dir, path), c.read_as);
  const baseOf = (c: ManifestCase) => `https://rss-parser.test/${c.input}`;

  it('reads every field as rss-parser does, on all 29 fixtures with an expected output', async () => {
    const withOutput = manifest().filter((c) => c.expected);
    const totals: Record<string, { compared: number; agreed: number }> = {};
    const mismatches: string[] = [];
    for (const c of withOutput) {
      const ours = await parseFeedDocument(read(c, c.input), baseOf(c), { now: NOW });
      const expected = (JSON.parse(read(c, c.expected!)) as { feed: ExpectedFeed }).feed;
      const comparison = compareWithRssParser(ours, expected, baseOf(c));
      for (const [field, tally] of Object.entries(comparison.fields)) {
        const total = totals[field] ?? { compared: 0, agreed: 0 };
        total.compared += tally.compared;
        total.agreed += tally.agreed;
        totals[field] = total;
      }
      for (const m of comparison.mismatches) {
        mismatches.push(
          `${c.name} ${m.at} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`,
        );
      }
    }
    console.info(
      `rss-parser fixtures (${withOutput.length} feeds), values agreeing per field:\n` +
        Object.entries(totals)
          .map(([field, t]) => `  ${field.padEnd(10)} ${t.agreed}/${t.compared}`)
          .join('\n'),
    );
    expect(withOutput).toHaveLength(29);
    expect(totals.title?.compared).toBeGreaterThan(1_000);
    expect(mismatches).toEqual([]);
  });

  it('refuses the HTML fragment with a FeedParseError and parses the feed without an iTunes image', async () => {
    const byName = new Map(manifest().map((c) => [c.name, c]));
    const unrecognized = byName.get('unrecognized')!;
    const error = await parseFeedDocument(read(unrecognized, unrecognized.input), baseOf(unrecognized)).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(FeedParseError);
    const noImage = byName.get('itunes-missing-image')!;
    const feed = await parseFeedDocument(read(noImage, noImage.input), baseOf(noImage), { now: NOW });
    expect(feed.entries.length).toBeGreaterThan(0);
  });
});
