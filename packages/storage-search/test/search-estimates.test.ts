// Bounded counting on the test search node: up to the exact bound, totals and facets are exact
// (no flags); beyond it, they are the counts of the sample (the items in the lowest sample slots)
// scaled up, flagged `totalIsEstimate` and `approximate`, while the page itself stays exact (the
// newest matches, or the best scored). A small bound reaches the estimated path with few items.
// Also: the Painless slot script used by migrations computes sampleSlot() exactly.
import { randomUUID } from 'node:crypto';
import type { Item } from '@presswatch/domain';
import { parseQuery } from '@presswatch/query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureItem } from '../../../tests/support/item-fixture.ts';
import { itemIndexLayout } from '../src/items/index-layout.ts';
import { SAMPLE_SLOT_PAINLESS, SAMPLE_SLOTS, sampleSlot } from '../src/items/sample-slot.ts';
import { openSearchEngineStorage, type SearchEngineStorage } from '../src/open.ts';
import { FIRST_SLOTS } from '../src/search/estimate.ts';
import { noNodeReason, searchUrl } from './engine.ts';

const BOUND = 20;
const COUNT = 400;
const RARE = 15;
const SOURCES = ['bao-a', 'bao-b', 'bao-c'];
/** An old item that would rank first among all matches, outside the newest BOUND. */
const OLD_BEST = 100;

function item(n: number): Item {
  const at = new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString();
  return fixtureItem(`est-${n}`, at, {
    sourceId: SOURCES[n % 3]!,
    sourceName: `Báo ${n % 3}`,
    title: n < RARE ? 'Sự kiện hiếm gặp' : 'Ngư dân bám biển',
    language: n % 4 === 3 ? 'en' : 'vi',
    text:
      n === OLD_BEST
        ? 'Biển, biển, biển, biển, biển, biển.'
        : n % 5 === 0
          ? 'Biển đông, biển lặng, biển xanh.'
          : 'Tàu cá vươn khơi trên biển.',
  });
}

const ITEMS = Array.from({ length: COUNT }, (_, n) => item(n));

/** What the sample should give for `matching`: the slots it grows to, scaled counts per source. */
function expectedEstimate(matching: Item[]) {
  let slots = FIRST_SLOTS;
  const sampled = () => matching.filter((it) => sampleSlot(it.id) < slots);
  while (sampled().length < Math.min(500, BOUND) && slots < SAMPLE_SLOTS) slots *= 4;
  const factor = SAMPLE_SLOTS / slots;
  const bySource = new Map<string, number>();
  for (const it of sampled()) bySource.set(it.sourceId, (bySource.get(it.sourceId) ?? 0) + 1);
  const source = [...bySource]
    .map(([value, count]) => ({ value, count: count * factor, approximate: true }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { slots, total: Math.max(BOUND + 1, sampled().length * factor), source };
}

describe.skipIf(!searchUrl)(
  `bounded counting on the test node${searchUrl ? '' : ` (${noNodeReason})`}`,
  () => {
    let storage: SearchEngineStorage;

    beforeAll(async () => {
      const prefix = `pwt-${randomUUID().slice(0, 12)}`;
      storage = await openSearchEngineStorage({
        url: searchUrl,
        engine: 'opensearch',
        prefix,
        replicas: 0,
        exactCountBound: BOUND,
      });
      await storage.items.upsertMany(ITEMS);
      await storage.refresh();
    });

    afterAll(async () => {
      await storage?.dropIndices();
      await storage?.close();
    });

    it('counts exactly up to the bound', async () => {
      const result = await storage.search.search({ query: parseQuery('hiếm'), limit: 5, facets: ['source'] });
      expect(result.total).toBe(RARE);
      expect(result.totalIsEstimate).toBe(false);
      const expected = SOURCES.map((value) => ({
        value,
        count: ITEMS.slice(0, RARE).filter((it) => it.sourceId === value).length,
      })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      expect(result.facets.source).toEqual(expected);
      expect(result.hits.map((hit) => hit.item.id)).toEqual([
        'est-14',
        'est-13',
        'est-12',
        'est-11',
        'est-10',
      ]);
    });

    it('estimates totals and facets beyond the bound from the sample, and flags them', async () => {
      const expected = expectedEstimate(ITEMS); // every item has "biển" in its text
      expect(expected.slots).toBeLessThan(SAMPLE_SLOTS); // the fixture does reach the estimate
      const result = await storage.search.search({
        query: parseQuery('biển'),
        limit: 3,
        facets: ['source', 'language'],
      });
      expect(result.totalIsEstimate).toBe(true);
      expect(result.total).toBe(expected.total);
      expect(result.facets.source).toEqual(expected.source);
      expect(result.facets.language?.every((bucket) => bucket.approximate === true)).toBe(true);
      // The page is exact: the newest matches.
      expect(result.hits.map((hit) => hit.item.id)).toEqual(['est-399', 'est-398', 'est-397']);
    });

    it('ranks the newest matches by relevance beyond the bound, and pages on', async () => {
      const request = { query: parseQuery('biển'), limit: 4, sort: 'relevance' as const };
      const first = await storage.search.search(request);
      const second = await storage.search.search({ ...request, cursor: first.nextCursor ?? undefined });
      expect(first.totalIsEstimate).toBe(true);
      // The newest ~BOUND matches, as the sample places them: the sort time of its share of them.
      const { slots } = expectedEstimate(ITEMS);
      const share = Math.max(1, Math.round((BOUND * slots) / SAMPLE_SLOTS));
      const sampledNewest = ITEMS.filter((it) => sampleSlot(it.id) < slots).reverse();
      const from = sampledNewest[share - 1]!.publishedAt!;
      const window = ITEMS.filter((it) => it.publishedAt! >= from).reverse();
      expect(window.length).toBeGreaterThan(8);
      expect(window.some((it) => it.id === `est-${OLD_BEST}`)).toBe(false);
      // "biển" three times in the text (n % 5 === 0) scores above once; equal scores newest first.
      const thrice = (it: Item) => Number(it.id.slice(4)) % 5 === 0;
      const expected = [...window.filter(thrice), ...window.filter((it) => !thrice(it))];
      expect([...first.hits, ...second.hits].map((hit) => hit.item.id)).toEqual(
        expected.slice(0, 8).map((it) => it.id),
      );
    });

    it('ranks every match by relevance up to the bound', async () => {
      const result = await storage.search.search({
        query: parseQuery('biển biển'),
        limit: 2,
        sort: 'relevance',
        filters: { from: ITEMS[OLD_BEST - 10]!.publishedAt!, to: ITEMS[OLD_BEST + 9]!.publishedAt! },
      });
      expect(result.total).toBe(BOUND);
      expect(result.totalIsEstimate).toBe(false);
      expect(result.hits[0]?.item.id).toBe(`est-${OLD_BEST}`);
    });

    it('keeps items in year indices; month indices of older deployments get no sample slot', () => {
      const layout = itemIndexLayout('pw');
      expect(layout.indexFor(Date.UTC(2025, 11, 31, 23))).toBe('pw-items-2025');
      expect(layout.hasSampleSlots('pw-items-2025')).toBe(true);
      expect(layout.hasSampleSlots('pw-items-2025.06')).toBe(false);
    });

    it('computes the same slots in the Painless migration script as sampleSlot()', async () => {
      const index = `pwt-slots-${randomUUID().slice(0, 12)}`;
      const ids = ['m-448455', 'm-851387', 'tin-ấy', 'x', ...ITEMS.slice(0, 40).map((it) => it.id)];
      const lines = ids.flatMap((id) => [
        JSON.stringify({ index: { _index: index, _id: id } }),
        JSON.stringify({ id }),
      ]);
      try {
        const bulk = await fetch(`${searchUrl}/_bulk?refresh=true`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson' },
          body: `${lines.join('\n')}\n`,
        });
        expect(bulk.ok).toBe(true);
        const update = await fetch(`${searchUrl}/${index}/_update_by_query?refresh=true`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ script: { lang: 'painless', source: SAMPLE_SLOT_PAINLESS } }),
        });
        expect(update.ok).toBe(true);
        const search = await fetch(`${searchUrl}/${index}/_search?size=100`);
        const hits = (
          (await search.json()) as { hits: { hits: { _id: string; _source: { sample: number } }[] } }
        ).hits.hits;
        const slots = Object.fromEntries(hits.map((hit) => [hit._id, hit._source.sample]));
        expect(slots).toEqual(Object.fromEntries(ids.map((id) => [id, sampleSlot(id)])));
      } finally {
        await fetch(`${searchUrl}/${index}`, { method: 'DELETE' });
      }
    });
  },
);
