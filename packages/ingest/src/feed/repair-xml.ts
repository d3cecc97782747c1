import { load } from 'cheerio';

// Feeds in the wild are often not well-formed XML in one way: a bare "&" in a URL or an HTML
// entity (&nbsp;, &agrave;) that XML does not define. parseFeed retries once on this repaired text.

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Escapes stray ampersands and turns HTML named entities into the characters they stand for. */
export function repairXml(xml: string): string {
  // One lookup per distinct entity name, however often it occurs.
  const replacements = new Map<string, string>();
  return xml.replace(
    /&(#\d+;|#x[0-9a-f]+;|([a-z][a-z0-9]*);)?/gi,
    (match, ref: string | undefined, name?: string) => {
      if (!ref) return '&amp;';
      if (!name || XML_ENTITIES.has(name)) return match;
      let replacement = replacements.get(match);
      if (replacement === undefined) {
        const decoded = decodeHtmlEntity(match);
        replacement = decoded === match ? `&amp;${ref}` : escapeXml(decoded);
        replacements.set(match, replacement);
      }
      return replacement;
    },
  );
}

function escapeXml(text: string): string {
  return text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
}

// cheerio's HTML parser knows every named entity; an unknown one comes back unchanged.
function decodeHtmlEntity(entity: string): string {
  return load(entity, null, false).text();
}
