// An Item for tests, every field filled with fictional values; `fields` sets what a test is about.
import type { Item } from '@presswatch/domain';

export function fixtureItem(id: string, at: string, fields: Partial<Item> = {}): Item {
  return {
    id,
    url: `https://bao.example/${id}`,
    canonicalUrl: `https://bao.example/${id}`,
    sourceId: 'bao-a',
    sourceName: 'Báo A',
    title: `Tin ${id}`,
    byline: null,
    publishedAt: at,
    fetchedAt: at,
    language: 'vi',
    country: 'vn',
    domestic: true,
    text: 'Nội dung thử nghiệm.',
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
    ...fields,
  };
}
