// Reading OPML subscription lists (OPML 1.0 and 2.0 as feed readers write them): outlines nest as
// folders to any depth; an outline with xmlUrl (or type="link" with url) is a subscription. Parsed
// leniently with cheerio's XML mode, since hand-edited OPML is often not well-formed.
import { load } from 'cheerio';
import type { Selection } from '../html-text.ts';
import type { OpmlDocument, OpmlOutline } from './types.ts';

/** The namespace of PressWatch's extension attributes (pw:country, pw:domestic…). */
export const PRESSWATCH_OPML_NAMESPACE = 'urn:presswatch:opml:1';

export class OpmlParseError extends Error {
  override readonly name = 'OpmlParseError';
}

export function parseOpml(xml: string): OpmlDocument {
  const $ = load(xml.replace(/^\uFEFF/, ''), { xml: true });
  const root = $.root().children().first();
  const rootName = (root.get(0) as { name?: string } | undefined)?.name;
  if (rootName?.toLowerCase() !== 'opml') {
    throw new OpmlParseError(
      `Not an OPML document: ${rootName ? `root element <${rootName}>` : 'no XML element'}`,
    );
  }
  const body = root.children('body');
  if (body.length === 0) throw new OpmlParseError('Not an OPML document: no <body>');
  const prefix = extensionPrefix(root.attr() ?? {});
  const outlines: OpmlOutline[] = [];
  const visit = (parent: Selection, folders: string[]) => {
    parent.children('outline').each((_, element) => {
      const outline = $(element);
      const attributes = outline.attr() ?? {};
      const url = subscriptionUrl(attributes);
      if (url) outlines.push(toOutline(attributes, url, folders, prefix, outlines.length + 1));
      const label = (attributes.title ?? attributes.text ?? '').trim();
      visit(outline, label && !url ? [...folders, label] : folders);
    });
  };
  visit(body, []);
  const title = root.children('head').children('title').first().text().trim();
  return { title: title || null, outlines };
}

function subscriptionUrl(attributes: Record<string, string>): string | null {
  const xmlUrl = attributes.xmlUrl ?? attributes.xmlurl;
  if (xmlUrl?.trim()) return xmlUrl.trim();
  if (attributes.type?.toLowerCase() === 'link' && attributes.url?.trim()) return attributes.url.trim();
  return null;
}

function toOutline(
  attributes: Record<string, string>,
  url: string,
  folders: string[],
  prefix: string,
  position: number,
): OpmlOutline {
  const extension: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith(`${prefix}:`)) extension[name.slice(prefix.length + 1)] = value;
  }
  const categories = (attributes.category ?? '')
    .split(',')
    .map((c) => c.trim().replace(/^\//, ''))
    .filter(Boolean);
  return {
    position,
    url,
    htmlUrl: attributes.htmlUrl?.trim() || null,
    title: attributes.title?.trim() || null,
    text: attributes.text?.trim() || null,
    type: attributes.type?.trim() || null,
    language: attributes.language?.trim() || null,
    categories: [...categories, ...folders],
    extension,
  };
}

// The prefix the document binds to our namespace; "pw" when it binds none (a hand-written file).
function extensionPrefix(rootAttributes: Record<string, string>): string {
  for (const [name, value] of Object.entries(rootAttributes)) {
    if (name.startsWith('xmlns:') && value.trim() === PRESSWATCH_OPML_NAMESPACE) return name.slice(6);
  }
  return 'pw';
}
