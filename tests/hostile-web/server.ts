// The hostile fixture web: a node:http server on 127.0.0.1 that does what bad servers do —
// drips, never ends, sends compression bombs, loops redirects, lies about charsets, flakes,
// throttles, serves stale 304s — and a "secret" server standing in for what must never be
// reached (another loopback port). Both count what they receive.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendBrotliBomb, sendDrip, sendEmptyGzipForever, sendEndless, sendGzipBomb } from './bombs.ts';
import {
  entitiesFeed,
  frenchPage1252,
  htmlPage,
  metaCharset,
  toWindows1258,
  VIETNAMESE_TEXT,
  visciiFeed,
  visciiPage,
  windows1258Feed,
} from './pages.ts';

/** robots.txt: everyone may crawl, except that PressWatchTest must keep out of /private/. */
export const ROBOTS_TXT = 'User-agent: *\nAllow: /\n\nUser-agent: PressWatchTest\nDisallow: /private/\n';

export interface CountingServer {
  /** http://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Requests received for a path (query ignored); all paths when omitted. */
  hits(path?: string): number;
  /** TCP connections accepted. */
  connections(): number;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, server: { url: string }) => void;

/** Starts the hostile web on a free port of 127.0.0.1. */
export function startHostileWeb(): Promise<CountingServer> {
  const state = { flakyCalls: 0 };
  const routes = hostileRoutes(state);
  return listen((req, res, server) => {
    const path = new URL(req.url ?? '/', server.url).pathname;
    const handler = routes[path] ?? (path.startsWith('/redirect/chain/') ? redirectChain : notFound);
    handler(req, res, server);
  });
}

/** A server that answers everything with "secret" and counts: it must stay at zero hits. */
export function startSecretServer(): Promise<CountingServer> {
  return listen((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('secret'));
}

function hostileRoutes(state: { flakyCalls: number }): Record<string, Handler> {
  return {
    '/robots.txt': (_q, res) => send(res, 200, 'text/plain; charset=utf-8', ROBOTS_TXT),
    '/ok': (_q, res) => send(res, 200, 'text/html; charset=utf-8', htmlPage(VIETNAMESE_TEXT)),
    '/private/report.html': (_q, res) => send(res, 200, 'text/html; charset=utf-8', htmlPage('private')),
    '/slow-loris': (_q, res) => sendDrip(res),
    '/no-answer': () => {},
    '/endless': (_q, res) => sendEndless(res),
    '/gzip-bomb': (_q, res) => sendGzipBomb(res),
    '/br-bomb': (_q, res) => sendBrotliBomb(res),
    '/gzip-nothing-forever': (_q, res) => sendEmptyGzipForever(res),
    '/redirect/loop-a': (_q, res) => redirect(res, '/redirect/loop-b'),
    '/redirect/loop-b': (_q, res) => redirect(res, '/redirect/loop-a'),
    '/redirect/to': (req, res, server) =>
      redirect(res, new URL(req.url ?? '', server.url).searchParams.get('url') ?? '/'),
    '/charset/windows-1258': (_q, res) =>
      send(res, 200, 'text/html; charset=windows-1258', toWindows1258(htmlPage(VIETNAMESE_TEXT))),
    '/charset/header-utf8-body-1258': (_q, res) =>
      send(res, 200, 'text/html; charset=utf-8', toWindows1258(htmlPage(VIETNAMESE_TEXT))),
    '/charset/header-utf8-body-1252': (_q, res) =>
      send(res, 200, 'text/html; charset=utf-8', frenchPage1252()),
    '/charset/header-latin1-body-utf8': (_q, res) =>
      send(res, 200, 'text/html; charset=ISO-8859-1', htmlPage(VIETNAMESE_TEXT)),
    '/charset/meta-1258': (_q, res) =>
      send(res, 200, 'text/html', toWindows1258(htmlPage(VIETNAMESE_TEXT, metaCharset('windows-1258')))),
    '/charset/meta-utf8-body-1258': (_q, res) =>
      send(res, 200, 'text/html', toWindows1258(htmlPage(VIETNAMESE_TEXT, metaCharset('utf-8')))),
    '/charset/meta-viscii': (_q, res) => send(res, 200, 'text/html', visciiPage()),
    '/charset/decomposed': (_q, res) =>
      send(res, 200, 'text/html; charset=utf-8', htmlPage(VIETNAMESE_TEXT.normalize('NFD'))),
    '/feed/windows-1258.xml': (_q, res, server) =>
      send(res, 200, 'application/rss+xml', windows1258Feed(server.url)),
    '/feed/viscii.xml': (_q, res, server) => send(res, 200, 'application/rss+xml', visciiFeed(server.url)),
    '/feed/entities.xml': (_q, res, server) =>
      send(res, 200, 'application/rss+xml; charset=utf-8', entitiesFeed(server.url)),
    '/feed/html.xml': (_q, res) =>
      send(res, 200, 'application/rss+xml; charset=utf-8', htmlPage('Đây là trang chủ, không phải RSS.')),
    '/flaky': (_q, res) =>
      ++state.flakyCalls === 1
        ? send(res, 500, 'text/html; charset=utf-8', htmlPage('Lỗi máy chủ tạm thời.'))
        : send(res, 200, 'text/html; charset=utf-8', htmlPage('Đã hoạt động lại.')),
    '/busy': (_q, res) =>
      res.writeHead(429, { 'retry-after': '7', 'content-type': 'text/plain' }).end('slow down'),
    '/stale-304': staleNotModified,
  };
}

// The content changed to version 2, but any conditional request still gets a 304.
function staleNotModified(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers['if-none-match'] || req.headers['if-modified-since']) {
    res.writeHead(304, { etag: '"v1"' }).end();
    return;
  }
  send(res, 200, 'text/html; charset=utf-8', htmlPage('Phiên bản 2'), { etag: '"v2"' });
}

// /redirect/chain/3 → /redirect/chain/2 → … → /redirect/chain/0, which answers 200.
function redirectChain(req: IncomingMessage, res: ServerResponse, server: { url: string }): void {
  const left = Number(new URL(req.url ?? '', server.url).pathname.split('/').pop());
  if (left > 0) redirect(res, `/redirect/chain/${left - 1}`);
  else send(res, 200, 'text/plain; charset=utf-8', 'end of chain');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'content-type': 'text/plain' }).end('moved');
}

function notFound(_req: IncomingMessage, res: ServerResponse): void {
  send(res, 404, 'text/plain; charset=utf-8', 'not found');
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res
    .writeHead(status, { ...extra, 'content-type': type, 'content-length': Buffer.byteLength(body) })
    .end(body);
}

async function listen(handler: Handler): Promise<CountingServer> {
  const hits = new Map<string, number>();
  let connections = 0;
  let url = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', url).pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    handler(req, res, { url });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    hits: (path) => (path ? (hits.get(path) ?? 0) : [...hits.values()].reduce((a, b) => a + b, 0)),
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
