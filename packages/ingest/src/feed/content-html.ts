// Entry HTML as PressWatch keeps it: relative links and images resolved against the element's base
// (xml:base, else the feed URL), and what could run in a reader removed (scripts, frames, plugins,
// event handlers, javascript: links). Most entries need neither, so cheerio only runs when a quick
// look finds something to do.
import { load } from 'cheerio';
import { type AnyNode, type Element, isTag } from 'domhandler';
import { resolveUrl } from './xml-base.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'longdesc', 'background', 'action']);
const UNSAFE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'form',
]);
const NEEDS_WORK =
  /<(?:script|style|i?frame|frameset|object|embed|applet|meta|link|base|form)\b|\son[a-z]+\s*=|(?:javascript|vbscript):|\s(?:href|src|poster|cite|longdesc|background|action)\s*=\s*["']?\s*(?![a-z][a-z0-9+.-]*:)/i;

/** `html` with absolute links and without active content. */
export function cleanEntryHtml(html: string, base: string): string {
  if (!NEEDS_WORK.test(html)) return html;
  const $ = load(openSelfClosed(html), null, false);
  const root = $.root().get(0);
  if (root) cleanChildren(root.children as AnyNode[], base);
  return $.html().trim();
}

// One walk over the tree (CSS selectors cost more to compile than the walk itself).
function cleanChildren(nodes: AnyNode[], base: string): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    if (!isTag(node)) continue;
    if (UNSAFE_ELEMENTS.has(node.name)) {
      nodes.splice(i, 1);
      continue;
    }
    cleanAttributes(node, base);
    cleanChildren(node.children as AnyNode[], base);
  }
}

function cleanAttributes(element: Element, base: string): void {
  for (const [name, value] of Object.entries(element.attribs)) {
    if (/^on/i.test(name) || (URL_ATTRIBUTES.has(name) && /^\s*(?:javascript|vbscript):/i.test(value))) {
      delete element.attribs[name];
    } else if (URL_ATTRIBUTES.has(name)) {
      const absolute = resolveUrl(value, base);
      if (absolute) element.attribs[name] = absolute;
    }
  }
}

// Feeds are XML, so their HTML is often written XML-style: <iframe … /> or <script … />. An HTML
// parser reads those as opening tags and swallows the rest of the entry as their raw text.
const SELF_CLOSED_RAW_TEXT =
  /<(iframe|script|style|textarea|title|noscript|xmp|noembed|noframes)(\s[^>]*?)?\s*\/>/gi;

export function openSelfClosed(html: string): string {
  return html.includes('/>') ? html.replace(SELF_CLOSED_RAW_TEXT, '<$1$2></$1>') : html;
}

/** The first <img src> of an HTML fragment, absolute, or null. */
export function firstImage(html: string, base: string): string | null {
  const match = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"<>]+)"|'([^'<>]+)'|([^\s>]+))/i.exec(html);
  const src = match ? (match[1] ?? match[2] ?? match[3] ?? '') : '';
  const absolute = src ? resolveUrl(decodeBasicEntities(src), base) : null;
  return absolute && /^https?:/i.test(absolute) ? absolute : null;
}

function decodeBasicEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#38;/g, '&');
}
