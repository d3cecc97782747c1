// A look at the document's root element before parsing, so that an HTML page or an unknown XML
// vocabulary gets a clear error rather than xml2js's line/column complaint.

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export type RootSniff =
  | { format: FeedFormat; root: string; attributes: string }
  | { format: null; root: string | null; attributes: string };

// The root element comes after the prolog (XML declaration, comments, DOCTYPE); looking only at the
// start keeps a hostile document (thousands of unclosed comments) from costing quadratic time.
const PROLOG_CHARS = 256 * 1024;

export function sniffFeedRoot(xml: string): RootSniff {
  const withoutProlog = xml
    .slice(0, PROLOG_CHARS)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const match = /<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(withoutProlog);
  const root = match?.[1] ?? null;
  const attributes = match?.[2] ?? '';
  const local = root?.toLowerCase().replace(/^[^:]*:/, '');
  if (root && local === 'rss') return { format: 'rss', root, attributes };
  if (root && local === 'rdf') return { format: 'rdf', root, attributes };
  if (root && local === 'feed') return { format: 'atom', root, attributes };
  return { format: null, root, attributes };
}

/** The xml:base attribute of the root element, when it has one. */
export function rootXmlBase(attributes: string): string | null {
  const match = /\sxml:base\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/.exec(attributes);
  return match ? (match[1] ?? match[2] ?? null) : null;
}
