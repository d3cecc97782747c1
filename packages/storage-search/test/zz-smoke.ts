import { parseQuery } from '@presswatch/query';
import { openSearchEngineStorage } from '@presswatch/storage-search';

const url = process.argv[2]!;
const s = await openSearchEngineStorage({ url, engine: 'opensearch', prefix: 'smoke5', replicas: 0 });
try {
  const item = (id: string, title: string, text: string, publishedAt: string | null) => ({
    id,
    url: 'u',
    canonicalUrl: 'u',
    sourceId: 'tuoitre',
    sourceName: 'Tuổi Trẻ',
    title,
    byline: null,
    publishedAt,
    fetchedAt: '2025-07-01T09:00:00.000Z',
    language: 'vi',
    country: 'vn',
    domestic: true,
    text,
    summary: null,
    topics: [],
    relevance: null,
    tone: null,
    clusterId: null,
  });
  await s.items.upsertMany([
    item('a', 'Bảo vệ chủ quyền biển đảo', 'Ngư dân Quảng Trị', '2025-07-05T02:00:00.000Z'),
    item('b', 'Tuần tra biên giới', 'Đồng Hới'.normalize('NFD'), null),
    item('port-body', 'Tin kinh tế', 'Dự án cảng nước sâu được khởi công.', '2025-07-01T08:00:00.000Z'),
    item('port-title', 'Khởi công cảng Mỹ Thủy', 'Dự án được khởi công.', '2025-01-01T00:00:00.000Z'),
  ]);
  await s.refresh();
  for (const q of ['cảng']) {
    const r = await s.search.search({ query: parseQuery(q), limit: 10, sort: 'relevance' });
    console.log(
      q,
      r.total,
      r.hits.map((h) => [h.item.id, h.score]),
    );
  }
} finally {
  await s.dropIndices();
  await s.close();
}
