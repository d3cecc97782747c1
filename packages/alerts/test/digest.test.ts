// Digest composition over a real SQLite search index, its HTML and text renderings, and when a
// digest is due.
import type { DigestSubscription } from '@presswatch/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  composeDigest,
  digestMessageId,
  dueDigestDay,
  renderDigestHtml,
  renderDigestText,
  uiLinks,
} from '../src/index.ts';
import { makeItem, type TempStores, tempStores } from './support.ts';

const links = uiLinks('https://pw.example.vn');
const topic = (name: string, score = 0.8) => ({ topic: name, score, matched: [] });

function subscription(overrides: Partial<DigestSubscription> = {}): DigestSubscription {
  return {
    id: 'dg1',
    userId: 'u1',
    email: 'lanh.dao@example.vn',
    topics: [],
    audience: 'all',
    minRelevance: null,
    sendAt: '07:00',
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi',
    enabled: true,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

let stores: TempStores;
beforeEach(async () => {
  stores = tempStores();
  // 10 March 2026 in Asia/Ho_Chi_Minh is [09T17:00Z, 10T17:00Z).
  const items = [
    makeItem({
      id: 'a',
      title: 'Cửa khẩu Lao Bảo thông quan',
      publishedAt: '2026-03-10T01:00:00Z',
      topics: [topic('border')],
      clusterId: 'c1',
      relevance: 0.9,
    }),
    makeItem({
      id: 'b',
      title: 'Lao Bảo: xe tải xếp hàng',
      publishedAt: '2026-03-10T02:00:00Z',
      topics: [topic('border')],
      clusterId: 'c1',
      sourceId: 'bao-b',
      sourceName: 'Báo B',
      relevance: 0.5,
    }),
    makeItem({
      id: 'c',
      title: 'Foreign report <criticises> port project',
      publishedAt: '2026-03-10T03:00:00Z',
      topics: [topic('investment')],
      domestic: false,
      country: 'us',
      sourceId: 'ledger',
      sourceName: 'Mekong Ledger',
      tone: -0.7,
      relevance: 0.6,
    }),
    makeItem({ id: 'd', title: 'Lễ hội đua thuyền', publishedAt: '2026-03-09T18:00:00Z', relevance: 0.2 }),
    makeItem({
      id: 'old',
      title: 'Tin hôm trước',
      publishedAt: '2026-03-09T16:59:00Z',
      topics: [topic('border')],
    }),
    makeItem({
      id: 'next',
      title: 'Tin hôm sau',
      publishedAt: '2026-03-10T17:00:00Z',
      topics: [topic('border')],
    }),
  ];
  await stores.storage.items.upsertMany(items);
});
afterEach(() => stores.cleanup());

describe('digest composition', () => {
  it('groups the local day by topic and story, with audience counts and critical items', async () => {
    const digest = await composeDigest(subscription(), '2026-03-10', {
      search: stores.storage.search,
      links,
    });
    expect(digest).toMatchObject({ total: 4, domestic: 3, foreign: 1, truncated: false });
    expect(digest.topics.map((t) => [t.topic, t.count, t.domestic, t.foreign])).toEqual([
      ['border', 2, 2, 0],
      ['investment', 1, 0, 1],
      [null, 1, 1, 0],
    ]);
    const border = digest.topics[0]!;
    expect(border.stories).toHaveLength(1);
    expect(border.stories[0]).toMatchObject({ clusterId: 'c1', size: 2, outlets: 2, headline: { id: 'a' } });
    expect(digest.topOutlets[0]).toEqual({ source: 'Báo A', count: 2 });
    expect(digest.negative.map((i) => i.id)).toEqual(['c']);
    expect(border.link).toContain('https://pw.example.vn/#/search?q=topic%3Aborder');
  });

  it("applies the subscriber's topics, audience and minimum relevance", async () => {
    const search = stores.storage.search;
    const foreign = await composeDigest(subscription({ audience: 'foreign' }), '2026-03-10', {
      search,
      links,
    });
    expect(foreign.total).toBe(1);
    const border = await composeDigest(
      subscription({ topics: ['border'], minRelevance: 0.6 }),
      '2026-03-10',
      { search, links },
    );
    expect(border.total).toBe(1);
    expect(border.topics.map((t) => t.topic)).toEqual(['border']);
  });

  it('renders escaped HTML and a plain-text part in the subscriber language', async () => {
    const digest = await composeDigest(subscription({ locale: 'en' }), '2026-03-10', {
      search: stores.storage.search,
      links,
    });
    const html = renderDigestHtml(digest);
    expect(html).toContain('Foreign report &lt;criticises&gt; port project');
    expect(html).not.toContain('<criticises>');
    expect(html).toContain('Notable critical items');
    expect(html).toContain('href="https://pw.example.vn/#/items/a"');
    const text = renderDigestText(digest);
    expect(text).toContain('== Border: 2 items (domestic 2, foreign 0) ==');
    expect(text).toContain('- Cửa khẩu Lao Bảo thông quan [2 items, 2×]');
    expect(text).not.toContain('Tin hôm trước');
    const vi = renderDigestText(
      await composeDigest(subscription(), '2026-03-10', { search: stores.storage.search, links }),
    );
    expect(vi).toContain('Biên giới');
  });
});

describe('digest schedule', () => {
  it('is due at the local send time for the day before, catching up once', () => {
    const s = subscription();
    expect(dueDigestDay(s, new Date('2026-03-10T00:30:00Z'))).toBe('2026-03-09'); // 07:30 local on the 10th
    expect(dueDigestDay(s, new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-08'); // 06:30 local: yesterday's send
  });

  it('starts a new subscription with its next send time', () => {
    const s = subscription({ createdAt: '2026-03-10T01:00:00Z' }); // 08:00 local, after today's 07:00
    expect(dueDigestDay(s, new Date('2026-03-10T02:00:00Z'))).toBeNull();
    expect(dueDigestDay(s, new Date('2026-03-11T00:00:00Z'))).toBe('2026-03-10');
  });

  it('derives a stable Message-ID from subscriber and day', () => {
    expect(digestMessageId('dg1', '2026-03-10', 'PressWatch <bao-cao@so-tttt.example.vn>')).toBe(
      '<digest.dg1.2026-03-10@so-tttt.example.vn>',
    );
  });
});
