// The headline: og:title / JSON-LD headline / <h1> / <title>, with the site name taken off.
import { rawText, squash } from '../dom.ts';
import { type JsonLdObject, jsonLdText } from '../json-ld.ts';
import { metaValue, type PageIndex } from '../page-index.ts';

const SEPARATOR = /\s+[-|–—:·•»*]\s+|\s*[|｜：]\s*/;
const MAX_TITLE = 400;

export function extractTitle(index: PageIndex, ld: JsonLdObject | null): string | null {
  const siteName = metaValue(index, 'og:site_name', 'application-name');
  const h1 = firstHeading(index) ?? headingInTitle(index);
  const candidates = [
    metaValue(index, 'og:title', 'twitter:title'),
    jsonLdText(ld?.['headline']),
    h1,
    index.titleTag,
  ];
  for (const candidate of candidates) {
    const title = candidate ? squashTitle(candidate) : '';
    if (!title || title.length > MAX_TITLE) continue;
    return withoutSiteName(title, siteName, h1);
  }
  return null;
}

// Without an <h1>, an <h2> whose text the <title> starts or ends with is the headline.
function headingInTitle(index: PageIndex): string | null {
  const title = index.titleTag;
  if (!title) return null;
  for (const h2 of index.h2.slice(0, 20)) {
    const text = squash(rawText(h2));
    if (text.length >= 10 && text !== title && (title.startsWith(text) || title.endsWith(text))) return text;
  }
  return null;
}

/** White space collapsed, except the ideographic space Japanese headlines use as a pause. */
function squashTitle(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, (run) => (run === '\u3000' ? run : ' ')).trim();
}

function firstHeading(index: PageIndex): string | null {
  for (const h1 of index.h1) {
    const text = squash(rawText(h1));
    if (text) return text;
  }
  return null;
}

// "Headline - Site" or "Site | Headline". The site part goes when it is the declared site name,
// or when the headline on the page is the other part. Without either, a last segment goes only
// when short: Vietnamese headlines themselves use " - " ("Việt Nam - Lào …").
function withoutSiteName(title: string, siteName: string | null, h1: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase();
  const first = parts[0]!;
  const last = parts.at(-1)!;
  // "Headline | Site | by Author": everything from the site name on goes.
  const siteAt = site ? parts.findIndex((part, i) => i > 0 && part.toLowerCase() === site) : -1;
  if (siteAt > 0) return stripFrom(title, parts[siteAt]!);
  if (site && first.toLowerCase() === site) return title.slice(title.indexOf(parts[1]!));
  if (h1 && h1 !== title && title.startsWith(h1)) return h1;
  if (h1 && h1 !== title && title.endsWith(h1)) return h1;
  if (h1 === title) return title;
  const head = stripLast(title, last);
  return last.split(' ').length <= 3 && last.length * 2 < head.length && looksLikeSiteName(last)
    ? head
    : title;
}

function stripLast(title: string, last: string): string {
  return title.slice(0, title.length - last.length).replace(/\s*[-|–—:·•»*｜：]\s*$/, '');
}

function stripFrom(title: string, part: string): string {
  return stripLast(title.slice(0, title.lastIndexOf(part) + part.length), part);
}

/** Domain-like, capitalised or short CJK: "VnExpress", "BBC News", "example.com", "朝日新聞デジタル". */
function looksLikeSiteName(text: string): boolean {
  if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]{2,12}$/u.test(text))
    return true;
  return /\.[a-z]{2,}$/i.test(text) || text.split(' ').every((w) => /^[\p{Lu}\d]/u.test(w));
}
