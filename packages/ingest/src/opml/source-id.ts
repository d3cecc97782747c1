// Source ids for feeds that come without one (an OPML file from a feed reader): derived from the
// URL alone, so importing the same file twice updates rather than duplicates.
import { createHash } from 'node:crypto';

const MAX_ID_LENGTH = 80;
const HASH_LENGTH = 8;

/**
 * A slug of the URL's host and path ("vnexpress.net/rss/thoi-su.rss" → "vnexpress-net-rss-thoi-su-rss").
 * A URL with a query (news-search feeds share host and path) or too long for an id gets a short
 * hash of the whole URL appended, so different URLs never share an id.
 */
export function sourceIdForUrl(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const slug = `${host}${decodePath(parsed.pathname)}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const needsHash = parsed.search.length > 1 || slug.length > MAX_ID_LENGTH;
  if (!needsHash) return slug || hashOf(parsed.href);
  const room = MAX_ID_LENGTH - HASH_LENGTH - 1;
  return `${slug.slice(0, room).replace(/-+$/, '')}-${hashOf(parsed.href)}`;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function hashOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, HASH_LENGTH);
}
