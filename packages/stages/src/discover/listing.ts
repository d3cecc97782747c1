// kind 'listing': a section front read with the source's CSS selectors. The selectors are
// checked before the page is fetched, so a misconfigured source says so without network noise.
import { httpFetch, listingSelectorsOf, parseListing } from '@presswatch/ingest';
import { type Discoverer, responseFields } from './types.ts';

const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export const discoverListing: Discoverer = async (source, context) => {
  const selectors = listingSelectorsOf(source.selectors, source.url);
  const response = await httpFetch(source.url, {
    ...context.http,
    ...context.validators,
    signal: context.signal,
    accept: HTML_ACCEPT,
  });
  if (response.notModified) return { ...responseFields(response), entries: [], hub: null };
  const stories = parseListing(response.body, response.url, selectors, { now: context.now });
  return {
    ...responseFields(response),
    entries: stories.map((story) => ({
      url: story.url,
      hints: { title: story.title, publishedAt: story.publishedAt, author: null, summary: null },
    })),
    hub: null,
  };
};
