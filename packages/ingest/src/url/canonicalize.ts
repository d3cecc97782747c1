import { isTrackingParam } from './tracking-params.ts';

/**
 * The canonical form of a URL, used for deduplication and item ids: resolved against base,
 * scheme and host lower-cased, default port and fragment dropped, tracking parameters removed,
 * the rest sorted by name (stable, so repeated names keep their order) and kept in their original
 * encoding. Throws TypeError when the URL does not parse.
 */
export function canonicalizeUrl(url: string, base?: string): string {
  // WHATWG URL already lower-cases scheme and host and drops default ports.
  const parsed = new URL(url.trim(), base);
  parsed.hash = '';
  parsed.search = canonicalQuery(parsed.search);
  return parsed.href;
}

function canonicalQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: decodePart(pair.split('=', 1)[0]!), value: decodePart(rawValue(pair)) }))
    .filter(({ name, value }) => !isTrackingParam(name, value));
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.length === 0 ? '' : `?${kept.map(({ pair }) => pair).join('&')}`;
}

function rawValue(pair: string): string {
  const eq = pair.indexOf('=');
  return eq === -1 ? '' : pair.slice(eq + 1);
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
}
