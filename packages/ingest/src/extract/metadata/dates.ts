// Published and updated times of the page, from the most to the least explicit signal; the
// caller's feed date fills a gap. Never in the future, and an update is never before publication.
import { toPublishedAt } from '../../dates.ts';
import { type Element, rawText, squash } from '../dom.ts';
import { type JsonLdObject, jsonLdText } from '../json-ld.ts';
import { metaValue, type PageIndex } from '../page-index.ts';

export interface PageDates {
  publishedAt: string | null;
  updatedAt: string | null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'date',
];
const UPDATED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'lastmod',
  'last-modified',
  'dcterms.modified',
];

export interface DateOptions {
  now: Date;
  /** The article container: a written-out date near it beats one in the masthead ("today is…"). */
  container?: Element | null;
  /** Minutes east of UTC for dates the page writes without a zone. */
  offsetMinutes: number;
  /** The feed entry's date, used when the page gives none. */
  feedPublishedAt?: string | null;
}

export function extractDates(index: PageIndex, ld: JsonLdObject | null, options: DateOptions): PageDates {
  const read = (value: string | null | undefined) => toPublishedAt(value, options.now, options.offsetMinutes);
  const published =
    firstDate(read, [
      jsonLdText(ld?.['datePublished']),
      metaValue(index, ...PUBLISHED_META),
      microdataDate(index, 'datepublished'),
      ...timeDates(index),
      jsonLdText(ld?.['dateCreated']),
      ...visibleDates(index, options.container ?? null),
    ]) ?? read(options.feedPublishedAt);
  let updated = firstDate(read, [
    jsonLdText(ld?.['dateModified']),
    metaValue(index, ...UPDATED_META),
    microdataDate(index, 'datemodified'),
  ]);
  if (updated && published && updated < published) updated = null;
  return { publishedAt: published, updatedAt: updated };
}

function firstDate(read: (v: string | null) => string | null, candidates: (string | null)[]): string | null {
  for (const candidate of candidates) {
    const date = read(candidate);
    if (date) return date;
  }
  return null;
}

function microdataDate(index: PageIndex, prop: string): string | null {
  const el = index.itemprops.get(prop)?.[0];
  if (!el) return null;
  return el.attribs['content'] ?? el.attribs['datetime'] ?? (squash(rawText(el)) || null);
}

// <time pubdate>, then the first <time datetime>; <time> elements of teasers come later on a page.
function timeDates(index: PageIndex): (string | null)[] {
  const withDate = index.times.filter((t: Element) => t.attribs['datetime']);
  const marked = withDate.find((t) => t.attribs['pubdate'] !== undefined);
  return [marked?.attribs['datetime'] ?? null, withDate[0]?.attribs['datetime'] ?? null];
}

const MAX_DATE_TEXT = 80;

const NEAR_LEVELS = 2;

// "Thứ tư, 22/10/2025, 19:25 (GMT+7)" in a span.date: the page's own words, read day first. Those
// in the article's neighbourhood (under the container's grandparent) come first.
function visibleDates(index: PageIndex, container: Element | null): (string | null)[] {
  let scope: Element | null = container;
  for (let i = 0; i < NEAR_LEVELS && scope?.parent && scope.parent.type === 'tag'; i++)
    scope = scope.parent as Element;
  const near = scope ? index.dateish.filter((el) => isWithin(el, scope)) : [];
  return [...near, ...index.dateish.slice(0, 8)]
    .map((el) => squash(rawText(el)))
    .filter((text) => text.length > 0 && text.length <= MAX_DATE_TEXT && /\d{4}/.test(text));
}

function isWithin(el: Element, scope: Element): boolean {
  for (let node: Element['parent'] = el; node; node = node.parent) if (node === scope) return true;
  return false;
}
