// kind 'sitemap': a urlset, or a sitemap index whose recent children are read (newest first,
// capped), gzip'd files included; only recent entries are kept so an archive sitemap does not
// enqueue the site's history. A child that fails is skipped while others succeed.
import {
  type HttpResponse,
  httpFetch,
  isGzip,
  parseSitemap,
  type SitemapEntry,
  selectChildSitemaps,
  selectRecentEntries,
  sitemapText,
} from '@presswatch/ingest';
import { type DiscoverContext, type Discoverer, responseFields, type SitemapSettings } from './types.ts';

const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, application/x-gzip;q=0.8, */*;q=0.1';

export const DEFAULT_SITEMAP_SETTINGS: SitemapSettings = {
  maxAgeDays: 2,
  maxChildSitemaps: 5,
  maxEntries: 1000,
};

export const discoverSitemap: Discoverer = async (source, context) => {
  const root = await fetchSitemap(source.url, context, true);
  if (root.notModified) return { ...responseFields(root), entries: [], hub: null };
  const parsed = parseSitemap(documentText(root, context), root.url, { now: context.now });
  const entries = parsed.kind === 'urlset' ? parsed.entries : await readChildren(parsed.sitemaps, context);
  const recent = selectRecentEntries(entries, {
    now: context.now,
    maxAgeDays: context.sitemap.maxAgeDays,
    limit: context.sitemap.maxEntries,
  });
  return { ...responseFields(root), entries: recent.map(toDiscovered), hub: null };
};

async function readChildren(
  refs: { url: string; lastModified: string | null }[],
  context: DiscoverContext,
): Promise<SitemapEntry[]> {
  const children = selectChildSitemaps(refs, {
    now: context.now,
    maxAgeDays: context.sitemap.maxAgeDays,
    limit: context.sitemap.maxChildSitemaps,
  });
  const entries: SitemapEntry[] = [];
  const failures: string[] = [];
  for (const child of children) {
    try {
      const response = await fetchSitemap(child.url, context, false);
      const parsed = parseSitemap(documentText(response, context), response.url, { now: context.now });
      // The protocol forbids nesting indexes; a nested one is skipped, not followed.
      if (parsed.kind === 'urlset') entries.push(...parsed.entries);
    } catch (error) {
      if (context.signal.aborted) throw error;
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (failures.length > 0 && failures.length === children.length) {
    throw new Error(`Every child sitemap failed: ${failures.join('; ')}`);
  }
  return entries;
}

function fetchSitemap(url: string, context: DiscoverContext, conditional: boolean): Promise<HttpResponse> {
  return httpFetch(url, {
    ...context.http,
    ...(conditional ? context.validators : {}),
    signal: context.signal,
    accept: SITEMAP_ACCEPT,
  });
}

// A .xml.gz file arrives as gzip bytes (not as a Content-Encoding the client undoes): those are
// gunzipped from the raw body; anything else is the client's charset-decoded text.
function documentText(response: HttpResponse, context: DiscoverContext): string {
  if (!isGzip(response.raw)) return response.body;
  return sitemapText(response.raw, response.url, context.http.maxBytes);
}

function toDiscovered(entry: SitemapEntry) {
  return {
    url: entry.url,
    hints: {
      title: entry.news?.title ?? null,
      // lastmod is when the page last changed, not when it was published: only news dates count.
      publishedAt: entry.news?.publishedAt ?? null,
      author: null,
      summary: null,
    },
  };
}
