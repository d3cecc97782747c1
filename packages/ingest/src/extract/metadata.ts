// Title, byline, date and language of an article page, from the most to the least explicit
// signal. Each reader returns null rather than guess.
import type { CheerioAPI } from 'cheerio';
import { toPublishedAt } from '../dates.ts';
import { cleanInline } from '../html-text.ts';
import { type JsonLdObject, jsonLdText } from './json-ld.ts';

export function extractTitle($: CheerioAPI): string | null {
  const siteName = meta($, 'property', 'og:site_name');
  const og = meta($, 'property', 'og:title');
  if (og) return siteName ? withoutSiteSuffix(og, siteName, false) : og;
  const h1 = cleanInline($('h1').first().text());
  if (h1) return h1;
  const title = cleanInline($('title').first().text());
  return title ? withoutSiteSuffix(title, siteName, true) : null;
}

const SEPARATOR = /\s+[-|–—]\s+/;

// "Headline - Site". Without a known site name, the last segment goes only when it is short:
// Vietnamese headlines themselves use " - " ("Việt Nam - Lào …").
function withoutSiteSuffix(title: string, siteName: string | null, guess: boolean): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[-|–—]\s+$/, '');
  if (siteName && last.toLowerCase() === siteName.toLowerCase()) return rest;
  return guess && last.split(' ').length <= 4 && last.length < rest.length ? rest : title;
}

const BYLINE_SELECTORS = ['[rel~="author"]', '[itemprop~="author"]', '.byline', '.author', '.author-name'];
const BYLINE_PREFIX = /^(by|bởi|tác giả|bài và ảnh|bài, ảnh|bài)\s*:?\s+/i;
const MAX_BYLINE_CHARS = 120;

export function extractByline($: CheerioAPI, ld: JsonLdObject | null): string | null {
  const candidates = [
    meta($, 'name', 'author'),
    jsonLdText(ld?.['author']),
    ...BYLINE_SELECTORS.map((selector) => bylineOf($, selector)),
  ];
  for (const candidate of candidates) {
    const byline = candidate ? cleanInline(candidate).replace(BYLINE_PREFIX, '') : '';
    if (byline && byline.length <= MAX_BYLINE_CHARS) return byline;
  }
  return null;
}

function bylineOf($: CheerioAPI, selector: string): string | null {
  const el = $(selector).first();
  if (el.length === 0) return null;
  const name = el.find('[itemprop~="name"]').first();
  return name.attr('content') ?? (name.text() || el.attr('content') || el.text());
}

export function extractPublishedAt($: CheerioAPI, ld: JsonLdObject | null, now: Date): string | null {
  const candidates = [
    jsonLdText(ld?.['datePublished']),
    meta($, 'property', 'article:published_time'),
    meta($, 'itemprop', 'datePublished'),
    $('[itemprop~="datePublished"]').first().attr('datetime'),
    meta($, 'name', 'pubdate'),
    $('article time[datetime]').first().attr('datetime'),
    $('time[datetime]').first().attr('datetime'),
  ];
  for (const candidate of candidates) {
    const date = toPublishedAt(candidate, now);
    if (date) return date;
  }
  return null;
}

export function extractLanguage($: CheerioAPI, ld: JsonLdObject | null): string | null {
  const tag =
    $('html').attr('lang') ??
    meta($, 'http-equiv', 'content-language') ??
    meta($, 'property', 'og:locale') ??
    jsonLdText(ld?.['inLanguage']);
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function meta($: CheerioAPI, attr: string, name: string): string | null {
  const content = $(`meta[${attr}="${name}" i]`).first().attr('content');
  return content ? cleanInline(content) || null : null;
}
