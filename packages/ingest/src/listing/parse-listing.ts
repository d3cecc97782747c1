// Listing pages (a section front, "Tin mới nhất") read with the source's own CSS selectors.
// Every way a selector can go wrong ends in a ListingError naming it, so the source's health
// says which selector to fix instead of silently finding nothing.
import { type CheerioAPI, load } from 'cheerio';
import { parseDocument } from 'htmlparser2';
import { cleanInline, type Selection } from '../html-text.ts';
import { canonicalizeUrl } from '../url/canonicalize.ts';
import { ListingError } from './errors.ts';
import { parseListingDate } from './listing-date.ts';
import type { ListingEntry, ListingSelectors } from './types.ts';

export interface ParseListingOptions {
  now?: Date;
  /** Zone of day-first dates without one ("31/07/2025 08:30"). Default +07:00. */
  utcOffset?: string;
}

/** Checks a source's selectors record: `item` and `link` are required. */
export function listingSelectorsOf(
  selectors: Record<string, string> | null,
  pageUrl: string,
): ListingSelectors {
  const item = selectors?.item?.trim();
  const link = selectors?.link?.trim();
  if (!item || !link) {
    const missing = [item ? null : 'item', link ? null : 'link'].filter(Boolean).join(' and ');
    throw new ListingError(`Listing source needs selectors.${missing} (${pageUrl})`, pageUrl);
  }
  const { title, date } = selectors ?? {};
  return { item, link, ...(title?.trim() ? { title } : {}), ...(date?.trim() ? { date } : {}) };
}

/** The stories of a listing page, in page order, one per canonical URL. */
export function parseListing(
  html: string,
  pageUrl: string,
  selectors: ListingSelectors,
  options: ParseListingOptions = {},
): ListingEntry[] {
  // htmlparser2 builds the tree several times faster than cheerio's default parse5.
  const $ = load(parseDocument(html));
  const base = baseUrl($, pageUrl);
  const now = options.now ?? new Date();
  const items = select(() => $(selectors.item), 'item', selectors.item, pageUrl);
  if (items.length === 0) {
    throw new ListingError(
      `Listing selector item "${selectors.item}" matched nothing on ${pageUrl}`,
      pageUrl,
    );
  }
  const entries = new Map<string, ListingEntry>();
  let withLink = 0;
  for (const element of items.toArray()) {
    const item = $(element);
    const link = select(() => linkOf(item, selectors.link), 'link', selectors.link, pageUrl);
    const url = resolveHttp(link?.attr('href'), base);
    if (!link || !url) continue;
    withLink++;
    if (entries.has(url)) continue;
    const titleNode = selectors.title
      ? select(() => item.find(selectors.title!).first(), 'title', selectors.title, pageUrl)
      : link;
    const dateNode = selectors.date
      ? select(() => item.find(selectors.date!).first(), 'date', selectors.date, pageUrl)
      : null;
    entries.set(url, {
      url,
      title: cleanInline(titleNode.text()) || cleanInline(link.attr('title') ?? '') || null,
      publishedAt: dateNode ? parseListingDate(dateText(dateNode), now, options.utcOffset) : null,
    });
  }
  if (withLink === 0) {
    throw new ListingError(
      `Listing selector link "${selectors.link}" found no http(s) link in the ${items.length} elements matched by "${selectors.item}" on ${pageUrl}`,
      pageUrl,
    );
  }
  return [...entries.values()];
}

/** The link inside an item; the item itself when it is the link; the nearest <a href> around a non-link match. */
function linkOf(item: Selection, selector: string): Selection | null {
  let node: Selection = item.find(selector).first();
  if (node.length === 0 && item.is(selector)) node = item;
  if (node.length === 0) return null;
  if (node.attr('href')) return node;
  const inner = node.find('a[href]').first();
  if (inner.length > 0) return inner;
  const outer = node.closest('a[href]');
  return outer.length > 0 ? outer : null;
}

// css-select throws SyntaxError on a selector it cannot parse; say which one.
function select<T>(run: () => T, name: string, selector: string, pageUrl: string): T {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ListingError(`Invalid listing selector ${name} "${selector}": ${reason}`, pageUrl, error);
  }
}

function dateText(node: Selection): string {
  return node.attr('datetime') ?? node.attr('content') ?? node.attr('title') ?? node.text();
}

function baseUrl($: CheerioAPI, pageUrl: string): string {
  const href = $('base[href]').first().attr('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function resolveHttp(href: string | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return canonicalizeUrl(url.href);
  } catch {
    return null;
  }
}
