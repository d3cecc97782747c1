// One walk over the whole document collecting what the metadata readers need: <html lang>,
// <title>, <meta> and <link> tags, JSON-LD blocks, microdata, <time> elements, headings and
// author-looking elements. The readers then never search the tree themselves.
import { type Document, type Element, forEachElement, rawText, squash } from './dom.ts';

export interface PageIndex {
  lang: string | null;
  titleTag: string | null;
  /** <meta> content by lower-cased property, name, itemprop or http-equiv, in page order. */
  meta: Map<string, string[]>;
  /** <link> href by lower-cased rel word, in page order. */
  links: Map<string, string[]>;
  jsonLd: string[];
  /** Elements by lower-cased itemprop word (microdata), in page order. */
  itemprops: Map<string, Element[]>;
  times: Element[];
  h1: Element[];
  h2: Element[];
  /** rel=author links and elements whose class or id says byline or author. */
  authorish: Element[];
  /** Elements whose class or id says date or time (visible dates without markup). */
  dateish: Element[];
}

const DATE_NAME =
  /(?:^|[\s_-])(?:date|time|datetime|dateline|timestamp|publish(?:ed)?|posted|ngay|thoi-?gian)(?:$|[\s_-])/i;
const AUTHOR_NAME = /(?:^|[\s_-])(?:byline|author|authors|author-name|tac-?gia|writer)(?:$|[\s_-])/i;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = {
    lang: null,
    titleTag: null,
    meta: new Map(),
    links: new Map(),
    jsonLd: [],
    itemprops: new Map(),
    times: [],
    h1: [],
    h2: [],
    authorish: [],
    dateish: [],
  };
  forEachElement(doc, (el) => visit(el, index));
  return index;
}

function visit(el: Element, index: PageIndex): void {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      index.lang ??= a['lang'] ?? a['xml:lang'] ?? null;
      break;
    case 'title':
      index.titleTag ??= squash(rawText(el)) || null;
      break;
    case 'meta':
      indexMeta(a, index);
      break;
    case 'link':
      if (a['rel'] && a['href'])
        for (const rel of a['rel'].toLowerCase().split(/\s+/)) push(index.links, rel, a['href']);
      break;
    case 'script':
      if (a['type'] && /^application\/ld\+json/i.test(a['type'])) index.jsonLd.push(rawText(el));
      break;
    case 'time':
      index.times.push(el);
      break;
    case 'h1':
      index.h1.push(el);
      break;
    case 'h2':
      index.h2.push(el);
      break;
  }
  if (a['itemprop'])
    for (const prop of a['itemprop'].toLowerCase().split(/\s+/)) push(index.itemprops, prop, el);
  const cls = a['class'];
  const id = a['id'];
  const names = cls === undefined ? id : id === undefined ? cls : `${cls} ${id}`;
  if ((a['rel'] && /\bauthor\b/i.test(a['rel'])) || (names && AUTHOR_NAME.test(names)))
    index.authorish.push(el);
  if (names && DATE_NAME.test(names)) index.dateish.push(el);
}

function indexMeta(a: Record<string, string>, index: PageIndex): void {
  const content = a['content'];
  if (content === undefined) return;
  for (const key of [a['property'], a['name'], a['itemprop'], a['http-equiv']]) {
    if (key) push(index.meta, key.trim().toLowerCase(), content);
  }
}

/** The first non-empty content of the first key that has one. */
export function metaValue(index: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const value of index.meta.get(key) ?? []) {
      const clean = squash(value);
      if (clean) return clean;
    }
  }
  return null;
}
