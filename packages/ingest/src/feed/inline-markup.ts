// Inline markup inside a text element (Atom type="xhtml", Atom 0.3 mode="xml", RSS xhtml:body, a
// <description> with naked <p> elements) reaches xml2js as child elements, and xml2js does not keep
// the order of text and elements. Before parsing, such an element's inner markup is turned into
// one CDATA section of HTML, so it arrives as the string it was written as.

const TEXT_ELEMENT =
  /<((?:[\w.-]+:)?(?:title|subtitle|summary|content|rights|copyright|description|info|tagline|encoded|body|fullitem))(\s(?:[^>"']|"[^"<]*"|'[^'<]*')*)?>/g;

/**
 * Rewrites text elements holding child elements so their content is a CDATA string of HTML.
 * `isTextElement` says whether a name as written (with its prefix) is one of the feed's text
 * elements rather than an extension's container (media:content holds real children).
 */
export function inlineMarkupToText(
  xml: string,
  isTextElement: (name: string) => boolean,
  xhtmlPrefixes: string[],
): string {
  let out = '';
  let from = 0;
  // A name whose end tag was not found further on will not be found from a later start either;
  // remembering it keeps a document full of unclosed elements linear.
  const unclosed = new Set<string>();
  TEXT_ELEMENT.lastIndex = 0;
  for (let open = TEXT_ELEMENT.exec(xml); open; open = TEXT_ELEMENT.exec(xml)) {
    const name = open[1]!;
    const attributes = open[2] ?? '';
    if (attributes.endsWith('/') || unclosed.has(name) || !isTextElement(name)) continue;
    const innerStart = open.index + open[0].length;
    const close = findClose(xml, name, innerStart);
    if (!close) {
      unclosed.add(name);
      continue;
    }
    const inner = xml.slice(innerStart, close.index);
    TEXT_ELEMENT.lastIndex = close.index + close.length;
    if (!hasChildElements(inner)) continue;
    out += `${xml.slice(from, open.index)}<${name}${asHtmlAttributes(attributes)}>${asText(inner, attributes, xhtmlPrefixes)}</${name}>`;
    from = close.index + close.length;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

function findClose(xml: string, name: string, from: number): { index: number; length: number } | null {
  const pattern = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  return match ? { index: match.index, length: match[0].length } : null;
}

function hasChildElements(inner: string): boolean {
  if (!inner.includes('<')) return false;
  const bare = inner.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return /<[A-Za-z_]/.test(bare);
}

// The element's new content. Atom type="xhtml" wraps its markup in one <div> that is not part of
// it. type="html" holding a <div> around escaped HTML (a TypePad habit) means the escaped text.
function asText(inner: string, attributes: string, xhtmlPrefixes: string[]): string {
  const type = /\stype\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1]?.trim().toLowerCase();
  let html = inner;
  if (type === 'xhtml') html = unwrapDiv(html);
  else if (type === 'html' || type === 'text/html') {
    const unwrapped = unwrapDiv(html);
    if (!hasChildElements(unwrapped)) return unwrapped;
  }
  html = html.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeHtml(text));
  for (const prefix of xhtmlPrefixes) {
    html = html.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  }
  return cdata(html.trim());
}

// Atom's xhtml content is one <div xmlns="…xhtml"> that is not part of the content.
function unwrapDiv(html: string): string {
  const match = /^\s*<((?:[\w.-]+:)?div)\b[^>]*>([\s\S]*)<\/\1\s*>\s*$/.exec(html);
  return match ? match[2]! : html;
}

function asHtmlAttributes(attributes: string): string {
  return attributes
    .replace(/(\stype\s*=\s*)(["'])(?:xhtml|application\/xhtml\+xml)\2/, '$1$2html$2')
    .replace(/(\smode\s*=\s*)(["'])xml\2/, '$1$2escaped$2');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
