// The lead image: what the page declares for sharing (og:image, twitter:image, JSON-LD, microdata,
// image_src), else the first sizeable picture in the article body. Absolute URL or null.
import { descendants, type Element } from '../dom.ts';
import { type JsonLdObject, jsonLdImage } from '../json-ld.ts';
import { metaValue, type PageIndex } from '../page-index.ts';

const MIN_SIDE = 100;

export function extractImage(
  index: PageIndex,
  ld: JsonLdObject | null,
  container: Element | null,
  pageUrl: string,
): string | null {
  const microdata = index.itemprops.get('image')?.[0];
  const candidates = [
    metaValue(index, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'),
    jsonLdImage(ld?.['image']),
    microdata
      ? (microdata.attribs['content'] ?? microdata.attribs['src'] ?? microdata.attribs['href'])
      : null,
    index.links.get('image_src')?.[0] ?? null,
    container ? firstPicture(container) : null,
  ];
  for (const candidate of candidates) {
    const url = absoluteImageUrl(candidate, pageUrl);
    if (url) return url;
  }
  return null;
}

function firstPicture(container: Element): string | null {
  for (const img of descendants(container)) {
    if (img.name !== 'img') continue;
    const width = Number(img.attribs['width'] ?? MIN_SIDE);
    const height = Number(img.attribs['height'] ?? MIN_SIDE);
    if (width < MIN_SIDE || height < MIN_SIDE) continue;
    // Lazy loaders keep the real address in data-src and a placeholder in src.
    const src = img.attribs['data-src'] ?? img.attribs['data-original'] ?? img.attribs['src'];
    if (src && !src.startsWith('data:')) return src;
  }
  return null;
}

function absoluteImageUrl(candidate: string | null | undefined, pageUrl: string): string | null {
  const raw = candidate?.trim();
  if (!raw || raw.startsWith('data:')) return null;
  try {
    const url = new URL(raw, pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
