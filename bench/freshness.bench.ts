// Freshness (issue 8): how long from a fixture outlet publishing an article until the alert's
// webhook arrives at a receiver on 127.0.0.1, on the embedded default with every service in this
// process (startAll). Two paths:
//   poll   — the article appears in an RSS/Atom feed; sources poll within [10 s, 30 s] bounds;
//   websub — the article is pushed by the fixture web's WebSub hub to our callback route.
// Default settings otherwise (scheduler tick 5 s, webhook batching window 2 s). Env
// BENCH_FRESH_POLL (default 12) and BENCH_FRESH_PUSH (default 10) set how many articles each path
// publishes; poll articles are published at random moments 0–20 s apart.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAll } from '@presswatch/all-in-one';
import { createRuntime, type Runtime, seedAdminToken } from '@presswatch/platform';
import { WEBSUB_PATHS } from '../tests/fixture-web/extra/index.ts';
import { startFixtureWeb } from '../tests/fixture-web/index.ts';
import { percentile, printTable, writeResult } from './support.ts';

const POLLED = Number(process.env.BENCH_FRESH_POLL ?? 12);
const PUSHED = Number(process.env.BENCH_FRESH_PUSH ?? 10);
const TOKEN = 'bench-fresh-admin-token-0123456789';
const MARK = 'Pwtươi';

interface Arrivals {
  url: string;
  at: Map<string, number>;
  close(): Promise<void>;
}

/** A webhook receiver noting when each item title first arrived. */
async function startArrivals(): Promise<Arrivals> {
  const at = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const now = Date.now();
      const alerts = (JSON.parse(body) as { alerts: { items: { title: string }[] }[] }).alerts;
      for (const item of alerts.flatMap((a) => a.items)) if (!at.has(item.title)) at.set(item.title, now);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    at,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Distinct stories, so that clustering does not fold them into one alert: place × event × detail.
const PLACES = ['Đông Hà', 'Đồng Hới', 'Khe Sanh', 'Lao Bảo', 'Cồn Cỏ', 'Vĩnh Linh', 'Gio Linh', 'Hướng Hóa'];
const EVENTS = [
  'khánh thành cầu dân sinh',
  'tổ chức hội chợ nông sản',
  'diễn tập phòng chống bão',
  'mở lớp dạy nghề cho thanh niên',
  'trồng mới rừng phòng hộ',
  'tiếp nhận thiết bị y tế',
  'sửa chữa trường học vùng cao',
  'đón đoàn khách du lịch đầu tiên',
  'phát động tháng an toàn giao thông',
  'nghiệm thu công trình nước sạch',
  'tôn vinh doanh nghiệp tiêu biểu',
  'khai mạc giải chạy vì môi trường',
];
const DETAILS = [
  'Chính quyền địa phương cho biết kinh phí được huy động từ nhiều nguồn.',
  'Nhiều hộ dân bày tỏ phấn khởi trước kết quả đạt được.',
  'Ban tổ chức dự kiến nhân rộng mô hình trong năm tới.',
  'Lực lượng đoàn viên tham gia hỗ trợ suốt buổi sáng.',
];

/** Story i of a path; `shift` 1 gives pushed stories place/event pairs no polled story has. */
function story(kind: string, i: number, shift: 0 | 1): { title: string; paragraphs: string[] } {
  const place = PLACES[i % PLACES.length]!;
  const event = EVENTS[(i * 5 + shift) % EVENTS.length]!;
  const opening = shift ? `Chiều qua tại ${place}, người dân chứng kiến việc` : `Sáng nay, ${place}`;
  return {
    title: `${MARK} ${kind} ${i}: ${place} ${event}`,
    paragraphs: [
      `${opening} ${event}, theo tin của cộng tác viên số ${i}.`,
      DETAILS[(i + shift * 2) % DETAILS.length]!,
      `Bài ${kind} số ${i} do nhóm PressWatch viết để đo độ tươi của cảnh báo.`,
    ],
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitAll(arrivals: Arrivals, titles: string[], timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && titles.some((t) => !arrivals.at.has(t))) await sleep(100);
}

function latencies(published: Map<string, number>, arrivals: Arrivals) {
  const seconds = [...published].map(([title, at]) =>
    arrivals.at.has(title) ? (arrivals.at.get(title)! - at) / 1000 : Number.POSITIVE_INFINITY,
  );
  seconds.sort((a, b) => a - b);
  return {
    n: seconds.length,
    arrived: seconds.filter(Number.isFinite).length,
    p50_s: +percentile(seconds, 50).toFixed(2),
    p95_s: +percentile(seconds, 95).toFixed(2),
    max_s: +seconds.at(-1)!.toFixed(2),
  };
}

async function main() {
  const web = await startFixtureWeb({ host: '127.0.0.1' });
  const arrivals = await startArrivals();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-fresh-'));
  let runtime: Runtime | null = null;
  try {
    runtime = await createRuntime({
      name: 'bench-freshness',
      handleSignals: false,
      env: {},
      overrides: {
        dataDir,
        sourcesFile: null,
        http: { host: '127.0.0.1', port, publicUrl: `http://127.0.0.1:${port}` },
        log: { level: 'warn' },
        crawl: { allowHosts: [`127.0.0.1:${web.port}`], perHostDelayMs: 0 },
        notifier: { allowTargets: ['127.0.0.1'], spikes: { enabled: false } },
      },
    });
    const { stores } = runtime.adapters;
    await seedAdminToken(stores.tokens, TOKEN);
    const feeds = [
      ...web.feeds.map((f) => ({ id: `fx-${f.name}`, feed: f })),
      { id: 'fx-websub', feed: { ...web.feeds[2]!, url: `${web.url}${WEBSUB_PATHS.feed}` } },
    ];
    for (const { id, feed } of feeds) {
      await stores.sources.upsert({
        id,
        name: feed.title,
        url: feed.url,
        kind: 'feed',
        render: false,
        country: feed.country,
        language: feed.language,
        domestic: feed.domestic,
        minPollSeconds: 10,
        maxPollSeconds: 30,
        selectors: null,
        enabled: true,
      });
    }
    const { url: api } = await startAll(runtime);
    const call = async (path: string, body: unknown) => {
      const response = await fetch(`${api}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const hook = await call('/api/webhooks', { name: 'bench', url: arrivals.url, format: 'json' });
    await call('/api/rules', { name: 'Độ tươi', query: MARK.toLowerCase(), channels: [hook.id] });
    console.log('waiting 40 s for the first crawl and the WebSub subscription …');
    await sleep(40_000);

    const polled = new Map<string, number>();
    const rss = web.feeds.filter((f) => f.language === 'vi');
    for (let i = 0; i < POLLED; i++) {
      await sleep(Math.random() * 20_000);
      const article = story('tin', i, 0);
      web.addArticle(rss[i % rss.length]!.name, article);
      polled.set(article.title, Date.now());
    }
    await waitAll(arrivals, [...polled.keys()], 120_000);

    const pushed = new Map<string, number>();
    for (let i = 0; i < PUSHED; i++) {
      const article = story('đẩy', i, 1);
      const at = Date.now();
      const answer = await fetch(`${web.url}${WEBSUB_PATHS.publish}`, {
        method: 'POST',
        body: JSON.stringify(article),
      });
      await answer.arrayBuffer();
      pushed.set(article.title, at);
      await sleep(2_000);
    }
    await waitAll(arrivals, [...pushed.keys()], 60_000);

    const rows = [
      { path: 'poll (10–30 s bounds)', ...latencies(polled, arrivals) },
      { path: 'websub push', ...latencies(pushed, arrivals) },
    ];
    const stored = await fetch(`${api}/api/items?limit=1&q=${encodeURIComponent(MARK.toLowerCase())}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    }).then((r) => r.json() as Promise<{ total: number }>);
    console.log(`items stored with the mark: ${stored.total} of ${POLLED + PUSHED}`);
    printTable(rows);
    console.log(`wrote ${writeResult('freshness', { rows })}`);
  } finally {
    await runtime?.shutdown.shutdown('bench over');
    await Promise.all([web.close(), arrivals.close()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
