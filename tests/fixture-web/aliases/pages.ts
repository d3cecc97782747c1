// Pages of the alias fixture: one article in three dresses (desktop, AMP, mobile), each declaring
// the desktop URL as canonical, and a hostile copy that declares another outlet's URL as its own.
import { esc } from '../format.ts';
import { type AliasArticle, HIJACK_PARAGRAPHS } from './articles.ts';

export type Dress = 'desktop' | 'amp' | 'mobile';

export interface ArticleUrls {
  desktop: string;
  amp: string;
  mobile: string;
}

export interface PageDates {
  publishedAt: Date | null;
  updatedAt: Date | null;
}

export function renderArticle(
  article: AliasArticle,
  dress: Dress,
  urls: ArticleUrls,
  dates: PageDates,
): string {
  const head = [
    `<link rel="canonical" href="${esc(urls.desktop)}">`,
    `<meta property="og:url" content="${esc(urls.desktop)}">`,
    `<meta property="og:image" content="${esc(urls.desktop.replace(/\.html$/, '.jpg'))}">`,
    dress === 'desktop' ? `<link rel="amphtml" href="${esc(urls.amp)}">` : '',
    dress === 'desktop'
      ? `<link rel="alternate" media="only screen and (max-width: 640px)" href="${esc(urls.mobile)}">`
      : '',
    // A translation is another document: never an alias.
    `<link rel="alternate" hreflang="en" href="${esc(urls.desktop.replace('/tin/', '/en/'))}">`,
    jsonLd(article, dates),
  ];
  return page(article.title, head.filter(Boolean).join('\n  '), article.paragraphs, dress);
}

/** A copy on another site whose canonical and og:url claim the victim's URL. */
export function renderHijack(article: AliasArticle, victimUrl: string): string {
  const head = [
    `<link rel="canonical" href="${esc(victimUrl)}">`,
    `<meta property="og:url" content="${esc(victimUrl)}">`,
    `<link rel="amphtml" href="${esc(victimUrl.replace('/tin/', '/amp/tin/'))}">`,
  ].join('\n  ');
  return page(`${article.title} (bản sao)`, head, HIJACK_PARAGRAPHS, 'desktop');
}

function jsonLd(article: AliasArticle, dates: PageDates): string {
  if (!dates.publishedAt) return '';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: dates.publishedAt.toISOString(),
    ...(dates.updatedAt ? { dateModified: dates.updatedAt.toISOString() } : {}),
  };
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

function page(title: string, head: string, paragraphs: readonly string[], dress: Dress): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title>
  ${head}
</head>
<body class="${dress}">
<header><a href="/">Làng Quê Online</a> · <a href="/tin/">Tin tức</a> · <a href="/lien-he">Liên hệ</a></header>
<main><article>
  <h1>${esc(title)}</h1>
  <div class="content">
    ${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n    ')}
  </div>
</article></main>
<footer>© Làng Quê Online — trang tin thử nghiệm, nội dung hư cấu.</footer>
</body></html>
`;
}
