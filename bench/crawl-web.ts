// The crawl benchmark's web: N article pages spread over F outlets, each outlet on its own host
// name (outlet-<k>.bench.test, resolved to 127.0.0.1 by `benchResolver`) with an RSS feed of its
// articles. Served by a child process so its CPU and memory are not counted as the crawler's.
// Article text is real Vietnamese news from ../shared/corpus when present (read at run time),
// else fictional filler written here.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusArticle } from './support.ts';

export interface BenchWeb {
  port: number;
  feedUrls: string[];
  close(): Promise<void>;
}

const SERVER = `
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const site = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const server = createServer((req, res) => {
  const host = (req.headers.host || '').replace(/:\\d+$/, '');
  const path = req.url.split('?')[0];
  const body = path === '/robots.txt' ? 'User-agent: *\\nAllow: /\\n' : site[host + path];
  if (body === undefined) { res.writeHead(404).end('not found'); return; }
  const type = path.endsWith('.xml') ? 'application/rss+xml' : path.endsWith('.txt') ? 'text/plain' : 'text/html';
  res.writeHead(200, { 'content-type': type + '; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
});
server.keepAliveTimeout = 30000;
server.listen(0, '127.0.0.1', () => process.send(server.address().port));
process.on('message', () => server.close(() => process.exit(0)));
`;

export const hostOf = (outlet: number) => `outlet-${outlet}.bench.test`;

/** Every bench host name resolves to 127.0.0.1. */
export async function benchResolver(host: string): Promise<string[]> {
  if (host.endsWith('.bench.test')) return ['127.0.0.1'];
  throw new Error(`getaddrinfo ENOTFOUND ${host}`);
}

/** Starts the server with `count` articles over `outlets` feeds; files go to `dir`. */
export async function startBenchWeb(
  dir: string,
  articles: CorpusArticle[],
  outlets: number,
  now: Date,
): Promise<BenchWeb> {
  writeFileSync(join(dir, 'site.json'), JSON.stringify(buildSite(articles, outlets, now)));
  const child = spawn(process.execPath, ['-e', SERVER, join(dir, 'site.json')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve(Number(message)));
    child.once('exit', (code) => reject(new Error(`bench web exited (${code})`)));
  });
  return {
    port,
    feedUrls: Array.from({ length: outlets }, (_, k) => `http://${hostOf(k)}:${port}/rss.xml`),
    close: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send('stop');
  });
}

// Links and canonicals are host-relative ("//host/path" would need the port): feeds give
// root-relative links resolved against the feed URL, pages declare root-relative canonicals.
function buildSite(articles: CorpusArticle[], outlets: number, now: Date): Record<string, string> {
  const site: Record<string, string> = {};
  const feeds: string[][] = Array.from({ length: outlets }, () => []);
  articles.forEach((article, i) => {
    const outlet = i % outlets;
    const path = `/tin/${i}.html`;
    const published = new Date(now.getTime() - (i / articles.length) * 86_400_000);
    site[`${hostOf(outlet)}${path}`] = articlePage(article, path, published);
    feeds[outlet]!.push(
      `<item><title>${esc(article.title)}</title><link>${path}?utm_source=rss</link><guid isPermaLink="false">a-${i}</guid><pubDate>${published.toUTCString()}</pubDate></item>`,
    );
  });
  feeds.forEach((items, k) => {
    site[`${hostOf(k)}/rss.xml`] =
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet ${k}</title><link>/</link><description>bench</description>${items.join('')}</channel></rss>`;
  });
  return site;
}

function articlePage(article: CorpusArticle, path: string, published: Date): string {
  const paragraphs = article.text
    .split(/\n+/)
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('\n');
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: published.toISOString(),
  });
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${esc(article.title)}</title>
<link rel="canonical" href="${path}"><link rel="amphtml" href="/amp${path}">
<meta property="og:image" content="${path.replace('.html', '.jpg')}">
<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script></head>
<body><header><nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/kinh-te">Kinh tế</a></nav></header>
<main><article><h1>${esc(article.title)}</h1>${paragraphs}</article>
<aside><h2>Tin liên quan</h2><ul><li><a href="/tin/1.html">Tin khác</a></li></ul></aside></main>
<footer>© Báo thử nghiệm</footer></body></html>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Fictional filler articles for when ../shared/corpus is absent. */
export function fillerArticles(count: number): CorpusArticle[] {
  const sentences = [
    'Người dân trong xã góp công sửa lại con đường liên thôn trước mùa mưa.',
    'Hợp tác xã mở thêm lớp hướng dẫn trồng rau sạch cho các hộ trẻ.',
    'Trường tiểu học tổ chức ngày hội đọc sách với nhiều hoạt động vui.',
    'Các tàu cá trở về bến an toàn sau chuyến đi biển dài ngày.',
    'Chợ phiên cuối tuần đông khách nhờ các món ăn quê và hàng thủ công.',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `filler-${i}`,
    source: 'filler',
    title: `Bản tin thử nghiệm số ${i}: ${sentences[i % sentences.length]!.slice(0, 40)}`,
    published: null,
    text: Array.from({ length: 8 }, (_, p) =>
      sentences
        .slice(p % 5)
        .concat(sentences.slice(0, p % 5))
        .join(' '),
    ).join('\n'),
  }));
}
