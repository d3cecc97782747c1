// Rule preview over a real SQLite index: the index and the in-memory matcher agree, and the
// rule's filters apply as in the process stage.
import { compileMatcher } from '@presswatch/query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFilters, previewRule } from '../src/index.ts';
import { makeItem, makeRule, type TempStores, tempStores } from './support.ts';

let stores: TempStores;
const now = new Date('2026-03-10T12:00:00Z');

beforeEach(async () => {
  stores = tempStores();
  const items = [
    makeItem({ id: 'vi', title: 'Cửa khẩu Lao Bảo đông xe', publishedAt: '2026-03-09T01:00:00Z' }),
    makeItem({
      id: 'en',
      title: 'Lao Bao gate busy',
      language: 'en',
      domestic: false,
      publishedAt: '2026-03-08T01:00:00Z',
      tone: -0.6,
    }),
    makeItem({ id: 'old', title: 'Lao Bảo năm ngoái', publishedAt: '2026-01-01T01:00:00Z' }),
    makeItem({ id: 'sea', title: 'Ngư dân Cồn Cỏ', publishedAt: '2026-03-09T01:00:00Z' }),
  ];
  await stores.storage.items.upsertMany(items);
});
afterEach(() => stores.cleanup());

const deps = () => ({ search: stores.storage.search, compileMatcher });

describe('rule preview', () => {
  it('returns what the rule would have matched in the last N days', async () => {
    const preview = await previewRule(makeRule({ query: '"lao bao"' }), deps(), { days: 7, limit: 10, now });
    expect(preview.items.map((i) => i.id)).toEqual(['vi', 'en']);
    expect(preview).toMatchObject({ matched: 2, truncated: false, matcherDisagrees: [] });
    const exact = await previewRule(makeRule({ query: '"Lao Bảo"' }), deps(), { days: 90, limit: 10, now });
    expect(exact.items.map((i) => i.id)).toEqual(['vi', 'old']);
  });

  it('applies the filters the index does not know the same way as the process stage', async () => {
    const rule = makeRule({
      query: '"lao bao"',
      filters: { ...emptyFilters(), maxTone: -0.3, domestic: false },
    });
    const preview = await previewRule(rule, deps(), { days: 7, limit: 10, now });
    expect(preview.items.map((i) => i.id)).toEqual(['en']);
    const limited = await previewRule(makeRule({ query: '"lao bao"' }), deps(), { days: 7, limit: 1, now });
    expect(limited).toMatchObject({ matched: 2 });
    expect(limited.items).toHaveLength(1);
  });
});
