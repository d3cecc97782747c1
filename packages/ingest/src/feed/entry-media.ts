// An entry's media: RSS <enclosure>, Atom rel="enclosure" links and Media RSS <media:content>
// (also inside <media:group>) become enclosures; the lead image is the first media:thumbnail, else
// an image among those, else itunes:image, else the first <img> of the entry's HTML.
import { firstImage } from './content-html.ts';
import { atomLinks } from './entry-links.ts';
import type { FeedEnclosure } from './types.ts';
import { baseOf, resolveUrl } from './xml-base.ts';
import { attribute, childNodes, type XmlElement } from './xml-node.ts';

export function entryEnclosures(item: XmlElement, base: string): FeedEnclosure[] {
  const found: FeedEnclosure[] = [];
  const add = (node: unknown, url: string | null, type: string | null, length: string | null) => {
    const absolute = url ? httpUrl(url, baseOf(node, base)) : null;
    if (!absolute || found.some((e) => e.url === absolute)) return;
    found.push({ url: absolute, type: type?.trim() || null, length: toLength(length) });
  };
  for (const node of childNodes(item, 'enclosure')) {
    add(node, attribute(node, 'url'), attribute(node, 'type'), attribute(node, 'length'));
  }
  for (const node of atomLinks(item, 'enclosure')) {
    add(node, attribute(node, 'href'), attribute(node, 'type'), attribute(node, 'length'));
  }
  for (const node of mediaContents(item)) {
    const type = attribute(node, 'type') ?? attribute(node, 'medium');
    add(node, attribute(node, 'url'), type, attribute(node, 'fileSize'));
  }
  return found;
}

export function entryImage(
  item: XmlElement,
  base: string,
  enclosures: FeedEnclosure[],
  html: string[],
): string | null {
  const holders = [item, ...childNodes(item, 'media:group'), ...mediaContents(item)];
  for (const thumbnail of holders.flatMap((holder) => childNodes(holder, 'media:thumbnail'))) {
    const url = httpUrl(attribute(thumbnail, 'url') ?? '', baseOf(thumbnail, base));
    if (url) return url;
  }
  const image = enclosures.find(
    (e) => e.type?.startsWith('image') || /\.(?:jpe?g|png|gif|webp)$/i.test(e.url),
  );
  if (image) return image.url;
  for (const node of childNodes(item, 'itunes:image')) {
    const url = httpUrl(attribute(node, 'href') ?? '', base);
    if (url) return url;
  }
  for (const fragment of html) {
    const url = firstImage(fragment, base);
    if (url) return url;
  }
  return null;
}

function mediaContents(item: XmlElement): unknown[] {
  return [item, ...childNodes(item, 'media:group')].flatMap((holder) => childNodes(holder, 'media:content'));
}

function httpUrl(href: string, base: string): string | null {
  const url = resolveUrl(href, base);
  return url && /^https?:/i.test(url) ? url : null;
}

function toLength(value: string | null): number | null {
  const n = value ? Number.parseInt(value.trim(), 10) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}
