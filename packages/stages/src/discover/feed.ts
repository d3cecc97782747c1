// kind 'feed': RSS/Atom through parseFeed; the document (or its Link header) may name a WebSub hub.
import { discoverHub, httpFetch, parseFeed } from '@presswatch/ingest';
import { type Discoverer, responseFields } from './types.ts';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

export const discoverFeed: Discoverer = async (source, context) => {
  const response = await httpFetch(source.url, {
    ...context.http,
    ...context.validators,
    signal: context.signal,
    accept: FEED_ACCEPT,
  });
  if (response.notModified) return { ...responseFields(response), entries: [], hub: null };
  const feed = await parseFeed(response.body, response.url);
  return {
    ...responseFields(response),
    entries: feed.entries.map((entry) => ({
      url: entry.url,
      hints: {
        title: entry.title,
        publishedAt: entry.publishedAt,
        author: entry.author,
        summary: entry.summary,
      },
    })),
    hub: discoverHub(response.body, response.url, response.headers.link),
  };
};
