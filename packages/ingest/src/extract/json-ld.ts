// schema.org JSON-LD: the most explicit metadata a news page carries (headline, author, dates,
// image, language), when it is there and parses.
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
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);

// A page without an Article object sometimes describes itself as a WebPage with the same fields.
const PAGE_TYPES = new Set(['WebPage', 'ItemPage']);

/** The first Article-like object of the page's JSON-LD blocks (@graph and arrays included). */
export function jsonLdArticle(blocks: string[]): JsonLdObject | null {
  const objects = blocks.flatMap((text) => flatten(parseJson(text)));
  return (
    objects.find((o) => hasType(o, ARTICLE_TYPES)) ?? objects.find((o) => hasType(o, PAGE_TYPES)) ?? null
  );
}

/** A string field, or the `name` of an object field; arrays give the names joined by ", ". */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const names = value.map(jsonLdText).filter((v): v is string => v !== null);
    return names.length > 0 ? [...new Set(names)].join(', ') : null;
  }
  if (value && typeof value === 'object') return jsonLdText((value as JsonLdObject)['name']);
  return null;
}

/** Names in an author field, people apart from organisations. */
export function jsonLdAuthors(value: unknown): { people: string[]; organisations: string[] } {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of list) {
    const name = jsonLdText(item);
    if (!name) continue;
    const isOrg = item && typeof item === 'object' && hasType(item as JsonLdObject, ORG_TYPES);
    (isOrg ? organisations : people).push(name);
  }
  return { people, organisations };
}

const ORG_TYPES = new Set(['Organization', 'NewsMediaOrganization', 'Corporation']);

/** URL of an image field: a string, an ImageObject, or the first of an array of those. */
export function jsonLdImage(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const url = jsonLdImage(item);
      if (url) return url;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    const obj = value as JsonLdObject;
    return jsonLdImage(obj['url'] ?? obj['contentUrl'] ?? obj['@id']);
  }
  return null;
}

function parseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    // CMSs often leave raw line breaks and tabs inside strings; JSON forbids them.
    try {
      return JSON.parse(trimmed.replace(/[\r\n\t]+/g, ' '));
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

function hasType(obj: JsonLdObject, types: Set<string>): boolean {
  const type = obj['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.some((t) => typeof t === 'string' && types.has(t.replace(/^https?:\/\/schema\.org\//, '')));
}
