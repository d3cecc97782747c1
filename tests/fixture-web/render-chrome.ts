// The parts of an outlet's page around the article: <head>, site header and menu, most-read
// sidebar, footer. Article pages and home pages share them.
import { esc, slugify } from './format.ts';
import type { Outlet } from './outlets.ts';

export interface HeadInput {
  outlet: Outlet;
  title: string;
  description: string;
  /** Canonical page URL. */
  url: string;
  feedUrl: string;
  /** Extra tags (Open Graph article fields, JSON-LD). */
  extra?: string;
}

export function renderHead({ outlet, title, description, url, feedUrl, extra = '' }: HeadInput): string {
  const feedType = outlet.format === 'atom' ? 'application/atom+xml' : 'application/rss+xml';
  return `<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} - ${esc(outlet.name)}</title>
  <meta name="description" content="${esc(description)}">
  <meta property="og:site_name" content="${esc(outlet.name)}">
  <meta property="og:title" content="${esc(title)}">
  <meta property="og:description" content="${esc(description)}">
  <meta property="og:url" content="${esc(url)}">
  <link rel="canonical" href="${esc(url)}">
  <link rel="alternate" type="${feedType}" title="${esc(outlet.feedTitle)}" href="${esc(feedUrl)}">
  <link rel="stylesheet" href="/static/site.css">
${extra}
  <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto}.sidebar{float:right}</style>
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ page: 'article' });</script>
</head>`;
}

export function renderSiteHeader(outlet: Outlet, homeUrl: string): string {
  const items = outlet.menu.map(
    (label) => `<li><a href="${esc(homeUrl)}#${slugify(label)}">${esc(label)}</a></li>`,
  );
  return `<header class="site-header">
  <a class="logo" href="${esc(homeUrl)}">${esc(outlet.name)}</a>
  <p class="tagline">${esc(outlet.tagline)}</p>
  <nav class="main-menu"><ul><li><a href="${esc(homeUrl)}">${esc(outlet.labels.home)}</a></li>${items.join('')}</ul></nav>
</header>`;
}

export interface LinkItem {
  url: string;
  title: string;
}

export function renderSidebar(outlet: Outlet, mostRead: LinkItem[]): string {
  const items = mostRead.map((a) => `<li><a href="${esc(a.url)}">${esc(a.title)}</a></li>`).join('');
  return `<aside class="sidebar"><h3>${esc(outlet.labels.mostRead)}</h3><ol>${items}</ol>
  <div class="ads-banner"><p>Quảng cáo / Advertisement</p></div></aside>`;
}

export function renderFooter(outlet: Outlet): string {
  return `<footer class="site-footer">
  <p>${esc(outlet.footer)}</p>
  <p>© ${esc(outlet.name)}. <a href="#">Liên hệ / Contact</a></p>
</footer>
<script src="/static/analytics.js" async></script>`;
}
