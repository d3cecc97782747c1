// The fixture web's HTTP server (node:http only): feeds with conditional GET, article and home
// pages, two error paths, and a request counter per path for tests.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Catalogue, type FeedDocument } from './catalogue.ts';
import { createExtraRoutes } from './extra/index.ts';
import { httpDate } from './format.ts';
import { renderIndex, renderOutletHome } from './render-home.ts';
import type { FixtureWeb, FixtureWebOptions } from './types.ts';

export const BROKEN_FEED_PATH = '/broken/feed.xml';
export const NOT_A_FEED_PATH = '/not-a-feed.xml';

const HTML = 'text/html; charset=utf-8';

export async function startFixtureWeb(options: FixtureWebOptions = {}): Promise<FixtureWeb> {
  const host = options.host ?? '127.0.0.1';
  const counts = new Map<string, number>();
  let catalogue: Catalogue | null = null;
  // Sitemaps, listing, rendered pages, WebSub hub: extra/index.ts.
  const extra = createExtraRoutes(() => catalogue);

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture.invalid').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    if (extra(req, res, path)) return;
    const reply = catalogue ? route(catalogue, path, req) : text(503, 'starting');
    res.writeHead(reply.status, reply.headers);
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  // Article URLs embed the port, so the catalogue is built once the server listens.
  const ready = new Catalogue(url, options.now ?? new Date());
  catalogue = ready;

  return {
    url,
    port,
    feeds: ready.feeds,
    articles: ready.articles,
    brokenFeedUrl: `${url}${BROKEN_FEED_PATH}`,
    notAFeedUrl: `${url}${NOT_A_FEED_PATH}`,
    addArticle: (feed, article) => ready.add(feed, article),
    requests: (pathOrUrl) => counts.get(new URL(pathOrUrl, url).pathname) ?? 0,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface Reply {
  status: number;
  headers: Record<string, string | number>;
  body: string;
}

function route(catalogue: Catalogue, path: string, req: IncomingMessage): Reply {
  if (req.method !== 'GET' && req.method !== 'HEAD') return text(405, 'method not allowed');
  if (path === '/') return page(200, HTML, renderIndex(catalogue.feeds));
  if (path === '/robots.txt') return text(200, 'User-agent: *\nAllow: /\n');
  if (path === BROKEN_FEED_PATH) return text(500, 'Internal Server Error');
  if (path === NOT_A_FEED_PATH) return page(200, 'application/rss+xml; charset=utf-8', notAFeedPage());
  const outlet = catalogue.outletAt(path);
  if (outlet?.kind === 'feed')
    return feedReply(req, catalogue.feedDocument(outlet.outlet.key), outlet.outlet.format);
  if (outlet?.kind === 'home') {
    const key = outlet.outlet.key;
    return page(200, HTML, renderOutletHome(outlet.outlet, catalogue.feed(key), catalogue.articlesOf(key)));
  }
  const article = catalogue.articlePage(path);
  if (article) return page(200, HTML, article.html);
  return page(404, HTML, '<!DOCTYPE html><html><body><h1>404 – Không tìm thấy trang</h1></body></html>');
}

// If-None-Match wins over If-Modified-Since, as HTTP says.
function feedReply(req: IncomingMessage, doc: FeedDocument, format: 'rss' | 'atom'): Reply {
  const headers = {
    etag: doc.etag,
    'last-modified': httpDate(doc.lastModified),
    'cache-control': 'max-age=60',
  };
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const fresh = inm
    ? inm.split(',').some((tag) => tag.trim() === doc.etag || tag.trim() === '*')
    : ims !== undefined && !Number.isNaN(Date.parse(ims)) && doc.lastModified.getTime() <= Date.parse(ims);
  if (fresh) return { status: 304, headers, body: '' };
  const type = format === 'atom' ? 'application/atom+xml' : 'application/rss+xml';
  return page(200, `${type}; charset=utf-8`, doc.body, headers);
}

function page(status: number, type: string, body: string, extra: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { ...extra, 'content-type': type, 'content-length': Buffer.byteLength(body) },
    body,
  };
}

function text(status: number, body: string): Reply {
  return page(status, 'text/plain; charset=utf-8', body);
}

// What a misconfigured source returns: a site's home page where the feed should be.
function notAFeedPage(): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang chủ - Cổng thông tin ví dụ</title></head>
<body><h1>Cổng thông tin ví dụ</h1><p>Trang này không phải là nguồn cấp RSS.</p></body></html>
`;
}
