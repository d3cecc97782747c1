// The alias fixture web: one fictional outlet (Làng Quê Online) on two host names (www. and m.),
// an aggregator whose feed links to it however a test likes (AMP, mobile, redirects, extra query
// parameters), and a copy-paste site whose pages claim the outlet's URLs as their canonical. All
// host names resolve to 127.0.0.1 through `resolver`, which a test hands to createHttpClient.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esc } from '../format.ts';
import { type AliasArticle, LANG_QUE_ARTICLES } from './articles.ts';
import { type ArticleUrls, type Dress, renderArticle, renderHijack } from './pages.ts';

export const OUTLET_HOST = 'www.langque.test';
export const MOBILE_HOST = 'm.langque.test';
export const AGGREGATOR_HOST = 'tonghop.test';
export const COPYCAT_HOST = 'saochep.test';
const HOSTS = [OUTLET_HOST, MOBILE_HOST, AGGREGATOR_HOST, COPYCAT_HOST];

export interface FeedEntry {
  link: string;
  title: string;
  /** RFC 822 or ISO; omitted: no pubDate. */
  pubDate?: string;
}

export interface AliasWeb {
  port: number;
  articles: readonly AliasArticle[];
  /** The article's URL in a dress ('desktop' is its canonical URL). */
  articleUrl(slug: string, dress?: Dress): string;
  /** The copy-paste site's page of an article, claiming the outlet's URL. */
  copyUrl(slug: string): string;
  /** An aggregator URL that answers 301 to the article's desktop URL. */
  redirectUrl(slug: string): string;
  feedUrl(host: typeof OUTLET_HOST | typeof AGGREGATOR_HOST | typeof COPYCAT_HOST): string;
  setFeed(host: string, entries: FeedEntry[]): void;
  /** Requests received for a URL (host and path). */
  requests(url: string): number;
  /** Every fixture host name → 127.0.0.1; anything else does not resolve. */
  resolver(host: string): Promise<string[]>;
  /** Clock the articles' dates are counted back from. */
  now: Date;
  close(): Promise<void>;
}

export async function startAliasWeb(now = new Date()): Promise<AliasWeb> {
  const counts = new Map<string, number>();
  const feeds = new Map<string, FeedEntry[]>();
  let port = 0;
  const base = (host: string) => `http://${host}:${port}`;
  const urlsOf = (slug: string): ArticleUrls => ({
    desktop: `${base(OUTLET_HOST)}/tin/${slug}.html`,
    amp: `${base(OUTLET_HOST)}/amp/tin/${slug}.html`,
    mobile: `${base(MOBILE_HOST)}/tin/${slug}.html`,
  });

  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x.invalid').pathname;
    counts.set(`${host}${path}`, (counts.get(`${host}${path}`) ?? 0) + 1);
    const reply = route(host, path);
    const headers = reply.location
      ? { location: reply.location }
      : { 'content-type': `${reply.type}; charset=utf-8`, 'content-length': Buffer.byteLength(reply.body) };
    res.writeHead(reply.status, headers).end(reply.body);
  });

  function route(host: string, path: string): Reply {
    if (path === '/robots.txt') return reply(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    if (path === '/rss.xml' && feeds.has(host)) return reply(200, 'application/rss+xml', rss(host));
    const slug = /\/tin\/([a-z-]+)\.html$|\/bai\/([a-z-]+)\.html$|\/go\/([a-z-]+)$/.exec(path);
    const article = LANG_QUE_ARTICLES.find((a) => a.slug === (slug?.[1] ?? slug?.[2] ?? slug?.[3]));
    if (!article) return reply(404, 'text/html', '<h1>Không tìm thấy</h1>');
    const urls = urlsOf(article.slug);
    if (host === AGGREGATOR_HOST && path.startsWith('/go/'))
      return { ...reply(301, 'text/plain', ''), location: urls.desktop };
    if (host === COPYCAT_HOST) return reply(200, 'text/html', renderHijack(article, urls.desktop));
    const dress: Dress = host === MOBILE_HOST ? 'mobile' : path.startsWith('/amp/') ? 'amp' : 'desktop';
    return reply(200, 'text/html', renderArticle(article, dress, urls, datesOf(article, now)));
  }

  function rss(host: string): string {
    const items = (feeds.get(host) ?? []).map(
      (e) =>
        `<item><title>${esc(e.title)}</title><link>${esc(e.link)}</link><guid>${esc(e.link)}</guid>${
          e.pubDate ? `<pubDate>${esc(e.pubDate)}</pubDate>` : ''
        }</item>`,
    );
    return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${esc(host)}</title><link>${esc(base(host))}/</link>
<description>Nguồn tin thử nghiệm</description>
${items.join('\n')}
</channel></rss>`;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    articles: LANG_QUE_ARTICLES,
    articleUrl: (slug, dress = 'desktop') => urlsOf(slug)[dress],
    copyUrl: (slug) => `${base(COPYCAT_HOST)}/bai/${slug}.html`,
    redirectUrl: (slug) => `${base(AGGREGATOR_HOST)}/go/${slug}`,
    feedUrl: (host) => `${base(host)}/rss.xml`,
    setFeed: (host, entries) => feeds.set(host, entries),
    requests: (url) => {
      const parsed = new URL(url);
      return counts.get(`${parsed.hostname}${parsed.pathname}`) ?? 0;
    },
    resolver: async (host) => {
      if (HOSTS.includes(host)) return ['127.0.0.1'];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    },
    now,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function datesOf(article: AliasArticle, now: Date) {
  const hoursBefore = (h: number | null | undefined) =>
    h === null || h === undefined ? null : new Date(now.getTime() - h * 3_600_000);
  return { publishedAt: hoursBefore(article.hoursAgo), updatedAt: hoursBefore(article.updatedHoursAgo) };
}

interface Reply {
  status: number;
  type: string;
  body: string;
  location?: string;
}

function reply(status: number, type: string, body: string): Reply {
  return { status, type, body };
}
