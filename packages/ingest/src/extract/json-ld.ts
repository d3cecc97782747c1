import type { CheerioAPI } from 'cheerio';

export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNews',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
]);

/** The first schema.org Article-like object in the page's JSON-LD blocks (@graph and arrays included). */
export function jsonLdArticle($: CheerioAPI): JsonLdObject | null {
  for (const script of $('script[type="application/ld+json" i]').toArray()) {
    const data = parseJson($(script).text());
    const found = flatten(data).find(isArticle);
    if (found) return found;
  }
  return null;
}

/** A string field, or the `name` of an object field, or the first of an array of those. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdText).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return jsonLdText((value as JsonLdObject)['name']);
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // CMSs often leave raw line breaks inside strings; JSON forbids them.
    try {
      return JSON.parse(text.replace(/[\r\n\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function flatten(data: unknown): JsonLdObject[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const obj = data as JsonLdObject;
  return [obj, ...flatten(obj['@graph'])];
}

function isArticle(obj: JsonLdObject): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t));
}
