// A look at the document's root element before parsing, so that an HTML page or an unknown XML
// vocabulary gets a clear error rather than xml2js's line/column complaint.

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export type RootSniff = { format: FeedFormat } | { format: null; root: string | null };

export function sniffFeedRoot(xml: string): RootSniff {
  const withoutProlog = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const root = /<([A-Za-z_][\w:.-]*)/.exec(withoutProlog)?.[1] ?? null;
  const local = root?.toLowerCase();
  if (local === 'rss') return { format: 'rss' };
  if (local === 'rdf:rdf' || local?.endsWith(':rdf') || local === 'rdf') return { format: 'rdf' };
  if (local === 'feed' || local?.endsWith(':feed')) return { format: 'atom' };
  return { format: null, root };
}
