// kind 'page': the source is one article page; it is its own only entry (fetched once: the item
// id of its canonical URL makes later polls no-ops).
import { type Discoverer, NO_HINTS } from './types.ts';

export const discoverPage: Discoverer = async (source) => ({
  status: null,
  notModified: false,
  entries: [{ url: source.url, hints: NO_HINTS }],
  etag: null,
  lastModified: null,
  hub: null,
});
