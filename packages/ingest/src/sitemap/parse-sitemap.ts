// Sitemaps (sitemaps.org 0.9): <urlset>, <sitemapindex>, Google News <news:news> hints, and the
// plain-text form (one URL per line). Read with htmlparser2's SAX parser in XML mode: one pass,
// no tree, so a 50 000-URL sitemap costs little. Elements are matched by local name so any
// namespace prefix works; a <loc> counts only as a direct child of <url> or <sitemap>, which
// keeps <image:loc> and <video:loc> out.
import { Parser } from 'htmlparser2';
import { toPublishedAt } from '../dates.ts';
import { SitemapParseError } from './errors.ts';
import type { NewsHints, ParsedSitemap, SitemapEntry, SitemapRef } from './types.ts';

export interface ParseSitemapOptions {
  /** The clock future dates are judged against (tests). */
  now?: Date;
}

interface Collected {
  root: string | null;
  entries: SitemapEntry[];
  sitemaps: SitemapRef[];
}

/** Parses a sitemap document (already decompressed). Throws SitemapParseError when it is not one. */
export function parseSitemap(
  text: string,
  sitemapUrl: string,
  options: ParseSitemapOptions = {},
): ParsedSitemap {
  const doc = text.replace(/^\uFEFF/, '').trim();
  if (!doc) throw new SitemapParseError(`Not a sitemap: the document is empty (${sitemapUrl})`, sitemapUrl);
  const now = options.now ?? new Date();
  if (!doc.startsWith('<')) return { kind: 'urlset', entries: parsePlainText(doc, sitemapUrl) };
  const collected = collect(doc, sitemapUrl, now);
  if (collected.root === 'urlset') return { kind: 'urlset', entries: collected.entries };
  if (collected.root === 'sitemapindex') return { kind: 'index', sitemaps: collected.sitemaps };
  const what = collected.root ? `root element <${collected.root}>` : 'no XML element';
  throw new SitemapParseError(
    `Not a sitemap: ${what} is not urlset or sitemapindex (${sitemapUrl})`,
    sitemapUrl,
  );
}

function collect(doc: string, sitemapUrl: string, now: Date): Collected {
  const out: Collected = { root: null, entries: [], sitemaps: [] };
  const path: string[] = [];
  let text = '';
  let fields = new Map<string, string>();

  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name);
        if (path.length === 0) out.root ??= local;
        path.push(local);
        text = '';
        if (local === 'url' || local === 'sitemap') fields = new Map();
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag() {
        const local = path.pop() ?? '';
        const parent = path.at(-1) ?? '';
        const value = text.trim();
        text = '';
        if (local === 'url' && parent === 'urlset') pushEntry(out.entries, fields, sitemapUrl, now);
        else if (local === 'sitemap' && parent === 'sitemapindex')
          pushRef(out.sitemaps, fields, sitemapUrl, now);
        else if (value) fields.set(fieldKey(local, parent), value);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(doc);
  return out;
}

// <loc>/<lastmod> directly under <url> or <sitemap>; news fields under <news> or <publication>.
function fieldKey(local: string, parent: string): string {
  if (parent === 'url' || parent === 'sitemap') return local;
  if (parent === 'news' || parent === 'publication') return `news:${local}`;
  return `other:${parent}/${local}`;
}

function pushEntry(entries: SitemapEntry[], fields: Map<string, string>, base: string, now: Date): void {
  const url = absoluteHttpUrl(fields.get('loc'), base);
  if (!url) return;
  entries.push({
    url,
    lastModified: toPublishedAt(fields.get('lastmod'), now),
    news: newsHints(fields, now),
  });
}

function pushRef(refs: SitemapRef[], fields: Map<string, string>, base: string, now: Date): void {
  const url = absoluteHttpUrl(fields.get('loc'), base);
  if (url) refs.push({ url, lastModified: toPublishedAt(fields.get('lastmod'), now) });
}

function newsHints(fields: Map<string, string>, now: Date): NewsHints | null {
  const title = fields.get('news:title') ?? null;
  const published = fields.get('news:publication_date');
  const language = fields.get('news:language')?.toLowerCase() ?? null;
  const publication = fields.get('news:name') ?? null;
  if (!title && !published && !language && !publication) return null;
  return { title, publishedAt: toPublishedAt(published, now), language, publication };
}

function parsePlainText(doc: string, sitemapUrl: string): SitemapEntry[] {
  const lines = doc.split(/\r?\n/).map((line) => line.trim());
  const urls = lines.filter(Boolean).map((line) => absoluteHttpUrl(line, sitemapUrl));
  if (urls.some((url) => url === null)) {
    throw new SitemapParseError(
      `Not a sitemap: neither XML nor one URL per line (${sitemapUrl})`,
      sitemapUrl,
    );
  }
  return urls.map((url) => ({ url: url!, lastModified: null, news: null }));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
}

function absoluteHttpUrl(value: string | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
