// A section front of Báo Quảng Trị Mới as a listing page: story blocks with relative links
// (carrying utm_* parameters), day-first dates, a featured story repeated in the list, and a
// "Đọc nhiều" box and menu whose links are not stories. Read with
//   { item: 'article.story', link: 'h3 a', title: 'h3', date: '.meta time' }.
import type { ServerResponse } from 'node:http';
import type { Catalogue } from '../catalogue.ts';
import { esc } from '../format.ts';
import type { ServedArticle } from '../types.ts';
import { HTML, send } from './reply.ts';

export const LISTING_PATH = '/listing/quang-tri-moi/tin-moi.html';
export const LISTING_SELECTORS = { item: 'article.story', link: 'h3 a', title: 'h3', date: '.meta time' };

export function serveListing(res: ServerResponse, path: string, catalogue: Catalogue): boolean {
  if (path !== LISTING_PATH) return false;
  send(res, 200, HTML, listingPage(catalogue.articlesOf('quang-tri-moi')));
  return true;
}

function listingPage(articles: ServedArticle[]): string {
  const featured = articles[0];
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Tin mới - Báo Quảng Trị Mới</title></head>
<body>
<nav class="menu"><a href="/quang-tri-moi/">Trang chủ</a> <a href="/listing/quang-tri-moi/tin-moi.html">Tin mới</a></nav>
<main>
${featured ? `<section class="featured">${story(featured)}</section>` : ''}
<section class="list">
${articles.map(story).join('\n')}
</section>
</main>
<aside class="most-read"><h2>Đọc nhiều</h2><ul>
<li><a href="/quang-tri-moi/">Chuyên mục Thời sự</a></li>
<li><a href="https://quang-tri-moi.example/quang-cao">Quảng cáo</a></li>
</ul></aside>
<footer>Báo Quảng Trị Mới (ấn phẩm hư cấu dùng cho kiểm thử).</footer>
</body></html>
`;
}

function story(article: ServedArticle): string {
  const path = new URL(article.url).pathname;
  return `<article class="story">
  <h3><a href="${esc(path)}?utm_source=listing&amp;utm_medium=web">${esc(article.title)}</a></h3>
  <p class="sapo">${esc(article.article.summary)}</p>
  <div class="meta"><time>${dayFirst(new Date(article.publishedAt))}</time></div>
</article>`;
}

// "31/07/2025 20:30", written at UTC+7 as the site's readers see it.
function dayFirst(date: Date): string {
  const d = new Date(date.getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
