// Sitemaps over the catalogue's articles, as news sites publish them:
//   /sitemaps/urlset.xml        every article (lastmod = publication), image tags, 3 archive URLs from 2019
//   /sitemaps/news.xml          Google News sitemap of Báo Quảng Trị Mới (news:title, news:language…)
//   /sitemaps/index.xml         index → news.xml, recent.xml.gz (recent), archive-2019.xml (old)
//   /sitemaps/recent.xml.gz     a gzip'd urlset served as a file (application/x-gzip), The Mekong Ledger
//   /sitemaps/archive-2019.xml  old entries a crawl must not read
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Catalogue } from '../catalogue.ts';
import { esc } from '../format.ts';
import type { ServedArticle } from '../types.ts';
import { send, XML } from './reply.ts';

export const SITEMAP_PATHS = {
  urlset: '/sitemaps/urlset.xml',
  news: '/sitemaps/news.xml',
  index: '/sitemaps/index.xml',
  gzipped: '/sitemaps/recent.xml.gz',
  archive: '/sitemaps/archive-2019.xml',
} as const;

const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
const NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"';
const IMAGE_NS = 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"';

export function serveSitemap(res: ServerResponse, path: string, catalogue: Catalogue, base: string): boolean {
  switch (path) {
    case SITEMAP_PATHS.urlset:
      send(res, 200, XML, urlset(catalogue.articles, base));
      return true;
    case SITEMAP_PATHS.news:
      send(res, 200, XML, newsSitemap(catalogue.articlesOf('quang-tri-moi')));
      return true;
    case SITEMAP_PATHS.index:
      send(res, 200, XML, sitemapIndex(base));
      return true;
    case SITEMAP_PATHS.gzipped:
      send(
        res,
        200,
        'application/x-gzip',
        gzipSync(urlset(catalogue.articlesOf('mekong-ledger'), base, false)),
      );
      return true;
    case SITEMAP_PATHS.archive:
      send(
        res,
        200,
        XML,
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${NS}>\n${archiveUrls(base)}</urlset>\n`,
      );
      return true;
    default:
      return false;
  }
}

function urlset(articles: ServedArticle[], base: string, withArchive = true): string {
  const urls = articles.map(
    (a) => `  <url>
    <loc>${esc(a.url)}</loc>
    <lastmod>${a.publishedAt}</lastmod>
    <changefreq>hourly</changefreq>
    <image:image><image:loc>${esc(`${base}/static/${a.article.slug}.jpg`)}</image:loc></image:image>
  </url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset ${NS} ${IMAGE_NS}>
${urls.join('')}${withArchive ? archiveUrls(base) : ''}</urlset>
`;
}

function archiveUrls(base: string): string {
  return ['tet-2019', 'mua-lu-2019', 'le-hoi-2019']
    .map(
      (slug, i) =>
        `  <url><loc>${base}/archive/2019/${slug}</loc><lastmod>2019-0${i + 1}-15</lastmod></url>\n`,
    )
    .join('');
}

function newsSitemap(articles: ServedArticle[]): string {
  const urls = articles.map(
    (a) => `  <url>
    <loc>${esc(a.url)}</loc>
    <news:news>
      <news:publication><news:name>Báo Quảng Trị Mới</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>${a.publishedAt}</news:publication_date>
      <news:title>${esc(a.title)}</news:title>
    </news:news>
  </url>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset ${NS} ${NEWS_NS}>\n${urls.join('')}</urlset>\n`;
}

function sitemapIndex(base: string): string {
  const now = new Date();
  const child = (path: string, lastmod: string) =>
    `  <sitemap><loc>${base}${path}</loc><lastmod>${lastmod}</lastmod></sitemap>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex ${NS}>
${child(SITEMAP_PATHS.archive, '2019-12-31T23:00:00+07:00')}${child(SITEMAP_PATHS.news, now.toISOString())}${child(SITEMAP_PATHS.gzipped, new Date(now.getTime() - 3_600_000).toISOString())}</sitemapindex>
`;
}
