// The cluster store on the test search node, driven by the real clusterer (@presswatch/cluster):
// the same items give the same clusters, members and lists as the SQLite adapter, and two stores
// (two processors) clustering syndicated copies at once open one cluster per story.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClusterer } from '@presswatch/cluster';
import type { ClusterStore, Item } from '@presswatch/domain';
import { openSqliteStorage } from '@presswatch/storage-sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineStorage, noNodeReason, searchUrl } from './engine.ts';

// Fictional stories, each published by three outlets with small edits.
const STORIES = [
  'Ngư dân huyện đảo Cồn Cỏ được hỗ trợ sửa chữa tàu cá sau cơn bão số năm. Chính quyền địa phương cấp kinh phí cho hai mươi hộ có tàu bị hư hỏng nặng. Các hộ dân cho biết sẽ sớm ra khơi trở lại.',
  'Tỉnh khởi công tuyến đường ven biển nối cửa khẩu Lao Bảo với cảng Mỹ Thủy. Dự án dài ba mươi cây số, dự kiến hoàn thành sau hai năm. Nhà thầu cam kết bảo đảm an toàn giao thông trong thời gian thi công.',
  'Lực lượng biên phòng tổ chức tuần tra chung với nước bạn dọc tuyến biên giới phía tây. Hai bên trao đổi thông tin về tình hình an ninh và phòng chống buôn lậu. Đợt tuần tra kéo dài bốn ngày.',
];
const OUTLETS = ['bao-a', 'bao-b', 'bao-c'];

function copies(): Item[] {
  return STORIES.flatMap((text, story) =>
    OUTLETS.map((sourceId, n) => {
      const at = new Date(Date.UTC(2026, 10, 1 + story, 2 + n)).toISOString();
      return {
        id: `s${story}-${sourceId}`,
        url: `https://${sourceId}.example/${story}`,
        canonicalUrl: `https://${sourceId}.example/${story}`,
        sourceId,
        sourceName: sourceId.toUpperCase(),
        title: `${text.split('.')[0]}${n === 2 ? ' (cập nhật)' : ''}`,
        byline: null,
        publishedAt: at,
        fetchedAt: at,
        language: 'vi',
        country: 'vn',
        domestic: true,
        text: n === 1 ? `${text} Thông tin do phóng viên thường trú cung cấp.` : text,
        summary: null,
        topics: [],
        relevance: null,
        tone: null,
        clusterId: null,
      } satisfies Item;
    }),
  );
}

async function clusterAll(store: ClusterStore, items: Item[]) {
  const clusterer = createClusterer(store);
  const assignments = [];
  for (const item of items) assignments.push([item.id, await clusterer.assign(item)]);
  return assignments;
}

async function snapshot(store: ClusterStore) {
  const { clusters } = await store.list({ sort: 'size', limit: 10 });
  const members = await Promise.all(
    clusters.map(async (cluster) => (await store.members(cluster.id)).map((m) => [m.itemId, m.joinedVia])),
  );
  return { clusters, members };
}

describe.skipIf(!searchUrl)(
  `story clusters on the search engine${searchUrl ? '' : ` (${noNodeReason})`}`,
  () => {
    let engine: Awaited<ReturnType<typeof engineStorage>>;

    beforeEach(async () => {
      engine = await engineStorage();
    });

    afterEach(async () => {
      await engine.cleanup();
    });

    it('clusters as the SQLite adapter does, and a replay changes nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'presswatch-clusters-'));
      const sqlite = openSqliteStorage({ path: join(dir, 'store.db') });
      try {
        const items = copies();
        const expected = await clusterAll(sqlite.clusters, items);
        expect(new Set(expected.map(([, a]) => (a as { clusterId: string }).clusterId)).size).toBe(3);
        expect(await clusterAll(engine.clusters, items)).toEqual(expected);
        expect(await clusterAll(engine.clusters, items)).toEqual(await clusterAll(sqlite.clusters, items));
        await engine.refresh();
        expect(await snapshot(engine.clusters)).toEqual(await snapshot(sqlite.clusters));
        const page = await engine.clusters.list({ sort: 'recent', limit: 2 });
        const rest = await engine.clusters.list({ sort: 'recent', limit: 2, cursor: page.nextCursor });
        expect([...page.clusters, ...rest.clusters].map((c) => c.id)).toEqual(
          (await sqlite.clusters.list({ sort: 'recent', limit: 10 })).clusters.map((c) => c.id),
        );
      } finally {
        sqlite.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('opens one cluster per story when two processes cluster the copies at once', async () => {
      const peer = await engineStorage('opensearch', engine.prefix);
      try {
        const stores = [createClusterer(engine.clusters), createClusterer(peer.clusters)];
        const items = copies();
        const results = await Promise.all(items.map((item, n) => stores[n % 2]!.assign(item)));
        const byStory = STORIES.map(
          (_, story) => new Set(results.slice(story * 3, story * 3 + 3).map((r) => r.clusterId)),
        );
        expect(byStory.map((ids) => ids.size)).toEqual([1, 1, 1]);
        expect(results.filter((r) => r.isNew)).toHaveLength(3);
        for (const ids of byStory) expect((await engine.clusters.get([...ids][0]!))?.size).toBe(3);
      } finally {
        await peer.close();
      }
    });
  },
);
