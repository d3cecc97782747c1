// The author(s): JSON-LD people, author meta tags, microdata and byline elements, then the name
// Vietnamese papers sign at the end of the article (main-text hands it over), then an agency
// named as the author. The site's own name is never a byline.
import { type Element, rawText, squash } from '../dom.ts';
import { type JsonLdObject, jsonLdAuthors, jsonLdText } from '../json-ld.ts';
import { metaValue, type PageIndex } from '../page-index.ts';

const PREFIX =
  /^(?:by|von|par|por|di|door|av|af|przez|от|bởi|tác giả|bài(?: và ảnh)?|bài, ảnh|ảnh|text|texto|written by|story by|words by)\s*[:：]?\s+/i;
const MAX_BYLINE = 120;

export interface BylineContext {
  pageUrl: string;
  /** A name signed on the last line of the article, if main-text found one. */
  signature: string | null;
}

export function extractByline(
  index: PageIndex,
  ld: JsonLdObject | null,
  context: BylineContext,
): string | null {
  const authors = jsonLdAuthors(ld?.['author']);
  const siteNames = [
    metaValue(index, 'og:site_name'),
    jsonLdText(ld?.['publisher']),
    hostOf(context.pageUrl),
  ];
  const isSite = (name: string) => siteNames.some((site) => site && sameBrand(name, site));
  const candidates = [
    joinNames(authors.people),
    metaValue(
      index,
      'author',
      'article:author',
      'byl',
      'dc.creator',
      'dcterms.creator',
      'sailthru.author',
      'parsely-author',
    ),
    ...(index.itemprops.get('author') ?? []).slice(0, 3).map(microdataName),
    ...index.authorish.slice(0, 5).map(authorText),
    context.signature,
    joinNames(authors.organisations),
  ];
  for (const candidate of candidates) {
    const name = candidate ? cleanName(candidate) : '';
    if (isPlausibleByline(name) && !isSite(name)) return name;
  }
  return null;
}

function joinNames(names: string[]): string | null {
  const clean = [...new Set(names.map(cleanName).filter(Boolean))];
  return clean.length > 0 ? clean.join(', ') : null;
}

// Several full names set side by side in their own elements ("<a>A B</a><a>C D</a>") are a list;
// "<span>Von:</span><span>A B</span>" or given and family name apart are not.
function authorText(el: Element): string {
  const whole = squash(rawText(el));
  const parts = el.children.filter((c): c is Element => c.type === 'tag').map((c) => squash(rawText(c)));
  const names = parts.filter((t) => t && !PREFIX.test(`${t} `) && !/^[\p{L}]+:?$/u.test(t));
  const fullNames = names.filter((t) => /\S\s+\S/.test(t));
  return fullNames.length >= 2 && fullNames.length === names.length && whole === squash(names.join(' '))
    ? names.join(', ')
    : whole;
}

function microdataName(el: Element): string | null {
  if (el.attribs['content']) return el.attribs['content'];
  const stack = [...el.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type === 'tag') {
      const child = node as Element;
      if (/\bname\b/i.test(child.attribs['itemprop'] ?? ''))
        return child.attribs['content'] ?? rawText(child);
      stack.push(...child.children);
    }
  }
  return rawText(el);
}

export function cleanName(raw: string): string {
  return squash(raw)
    .replace(PREFIX, '')
    .replace(/\s*[|·•]\s*$/, '')
    .replace(/^[-–—(|\s]+|[-–—)|\s]+$/g, '')
    .trim();
}

function isPlausibleByline(name: string): boolean {
  if (!name || name.length > MAX_BYLINE || name.length < 2) return false;
  if (/^https?:\/\//i.test(name) || /[@{}<>]|\.(?:com|vn|net|org)\b/i.test(name)) return false;
  // A number, a lower-case code ("amw") or the share bar next to the name is not a name.
  if (!/\p{L}/u.test(name) || /^\p{Ll}+$/u.test(name)) return false;
  if (/\b(?:twitter|facebook|instagram|linkedin|whatsapp|zalo|share|chia sẻ|follow|email)\b/i.test(name))
    return false;
  // A date or a time where a name should be: "19/11/2019 10:00", "Updated 3 hours ago".
  return !/\d{1,2}[:/.]\d{2}/.test(name);
}

/** "VnExpress" and "vnexpress.net" are one brand: compared without case, marks and punctuation. */
function sameBrand(name: string, site: string): boolean {
  const a = compact(name);
  const b = compact(site).replace(/(?:com|net|org|vn|co|uk)+$/, '');
  if (a.length < 3 || b.length < 3) return false;
  return b.includes(a) || (b.length >= 5 && a.includes(b));
}

function compact(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
