import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlinePureStages, pooledPureStages } from '../src/pool/pure-stages.ts';
import { createWorkPool } from '../src/pool/work-pool.ts';

const settings = {
  classifier: { topicsDir: resolve('config/topics'), gazetteerDir: resolve('config/gazetteer') },
};

// Fictional page and text written for this test.
const page = `<!DOCTYPE html><html lang="vi"><head><title>Ngư dân Cửa Tùng an toàn trở về</title>
<link rel="canonical" href="/tin/ngu-dan.html"><link rel="amphtml" href="/amp/tin/ngu-dan.html"></head>
<body><nav><a href="/">Trang chủ</a></nav><article><h1>Ngư dân Cửa Tùng an toàn trở về</h1>
<p>Sáng nay, các tàu cá của ngư dân xã Cửa Tùng, tỉnh Quảng Trị đã cập bến an toàn sau chuyến biển dài ngày.</p>
<p>Bộ đội biên phòng đồn Cửa Tùng hỗ trợ bà con neo đậu tàu thuyền và kiểm tra ngư lưới cụ trước mùa mưa bão.</p>
</article><footer>Báo thử nghiệm</footer></body></html>`;
const extractInput = {
  body: page,
  url: 'http://bao-thu.vn/tin/ngu-dan.html?utm_source=rss',
  now: '2025-08-01T00:00:00.000Z',
  feedPublishedAt: '2025-07-31T08:00:00.000Z',
  trustedOwners: [],
};

describe('pooledPureStages', () => {
  const pooled = pooledPureStages({ ...settings, size: 1 });
  const inline = inlinePureStages(settings);
  afterAll(() => pooled.close());

  it('extracts a page on a worker thread exactly as on the calling thread', async () => {
    const [there, here] = await Promise.all([pooled.extract(extractInput), inline.extract(extractInput)]);
    expect(there).toEqual(here);
    expect(there.declared.canonical).toBe('http://bao-thu.vn/tin/ngu-dan.html');
    expect(there.article.text).toContain('Bộ đội biên phòng đồn Cửa Tùng');
  });

  it('classifies on a worker thread exactly as on the calling thread', async () => {
    const { article } = await inline.extract(extractInput);
    const input = { id: 'i-1', title: article.title ?? '', text: article.text, sourceLanguage: 'vi' };
    const [there, here] = await Promise.all([pooled.classify(input), inline.classify(input)]);
    expect(there).toEqual(here);
    expect(there.places).toContain('Cửa Tùng');
    expect(there.relevance).toBeGreaterThan(0);
  });
});

describe('createWorkPool', () => {
  const module = new URL('./support/crash-worker.ts', import.meta.url);

  it('spreads tasks over its threads and passes errors back as rejections', async () => {
    const pool = createWorkPool({ size: 2, module });
    try {
      const answers = await Promise.all([1, 2, 3, 4].map((n) => pool.run<{ threadId: number }>('echo', n)));
      expect(new Set(answers.map((a) => a.threadId)).size).toBe(2);
      await expect(pool.run('fail', null)).rejects.toThrow('bad input');
    } finally {
      await pool.close();
    }
  });

  it('rejects the tasks of a thread that dies and runs later tasks on a new thread', async () => {
    const pool = createWorkPool({ size: 1, module });
    try {
      const first = await pool.run<{ threadId: number }>('echo', 'before');
      await expect(pool.run('crash', null)).rejects.toThrow(/exited/);
      const next = await pool.run<{ input: string; threadId: number }>('echo', 'after');
      expect(next.input).toBe('after');
      expect(next.threadId).not.toBe(first.threadId);
    } finally {
      await pool.close();
    }
  });
});
