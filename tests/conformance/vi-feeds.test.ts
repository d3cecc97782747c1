// Real VnExpress feeds (../shared/feeds/vi, 2017 and 2025; the 2025 one has a bare "&" in an
// enclosure URL, so it is not well-formed XML) read by parseFeed, the crawl stage's entry point:
// every item, with its title, link, guid, date, summary text and image.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@presswatch/ingest';
import { describe, expect, it } from 'vitest';
import { sharedData } from './support/shared-dir.ts';

interface ExpectedItem {
  title: string;
  link: string;
  guid: string;
  pubDate_utc_iso: string;
  description_text: string;
  enclosure?: { url: string; type: string };
}

const data = sharedData('feeds/vi', 'VnExpress feeds');
const NOW = new Date('2030-01-01T00:00:00Z');
const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(data.skip)(data.title, () => {
  const expected = () =>
    (
      JSON.parse(readFileSync(join(data.dir, 'expected.json'), 'utf8')) as {
        feeds: Record<string, { item_count: number; channel: { title: string }; items: ExpectedItem[] }>;
      }
    ).feeds;

  it('reads every item of the three feeds as the reference says', async () => {
    const files = Object.entries(expected());
    expect(files).toHaveLength(3);
    for (const [file, want] of files) {
      const feed = await parseFeed(
        readFileSync(join(data.dir, file), 'utf8'),
        `https://vnexpress.net/rss/${file}`,
        { now: NOW },
      );
      expect(feed.title, file).toBe(want.channel.title);
      expect(feed.entries, file).toHaveLength(want.item_count);
      want.items.forEach((item, i) => {
        const entry = feed.entries[i]!;
        expect([entry.title, entry.url, entry.id], `${file} #${i}`).toEqual([
          item.title,
          item.link,
          item.guid,
        ]);
        expect(Date.parse(entry.publishedAt ?? ''), `${file} #${i}`).toBe(Date.parse(item.pubDate_utc_iso));
        expect(collapse(entry.summary), `${file} #${i}`).toBe(collapse(item.description_text));
        if (item.enclosure)
          expect(
            entry.enclosures.map((e) => e.url),
            `${file} #${i}`,
          ).toContain(item.enclosure.url);
        expect(entry.image, `${file} #${i}`).toMatch(/^https?:\/\//);
      });
    }
  });
});
