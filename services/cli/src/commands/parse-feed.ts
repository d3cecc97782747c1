// presswatch parse-feed <file-or-url>: the feed as the crawl stage reads it, printed as JSON
// {title, link, items: [{title, link, id, published, author, summary, content, categories}]}.
// Every entry is listed, those without a link too. A URL is fetched through httpFetch (the one
// outbound client, with its SSRF guard and robots.txt); a file is decoded like a response body,
// and its relative links resolve against the feed's own <link> (the site), as a file has no web
// address of its own.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createHttpClient,
  decodeBody,
  type FeedDocument,
  FeedParseError,
  FetchError,
  httpFetch,
  parseFeedDocument,
} from '@presswatch/ingest';
import { loadConfig } from '@presswatch/platform';

const USAGE = 'usage: presswatch parse-feed <file-or-url>';
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

export async function runParseFeed(args: string[]): Promise<number> {
  const target = args[0];
  if (!target || args.length > 1 || target.startsWith('-')) {
    process.stderr.write(
      `presswatch parse-feed: ${target?.startsWith('-') ? `unknown option ${target}` : USAGE}\n`,
    );
    return 2;
  }
  try {
    const isUrl = /^https?:\/\//i.test(target);
    const { text, url } = isUrl ? await fetchFeed(target) : await readFeedFile(target);
    let document = await parseFeedDocument(text, url);
    if (!isUrl && document.link && /^https?:/i.test(document.link)) {
      document = await parseFeedDocument(text, document.link);
    }
    process.stdout.write(`${JSON.stringify(toOutput(document), null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`presswatch parse-feed: ${oneLine(error)}\n`);
    return 1;
  }
}

async function fetchFeed(url: string): Promise<{ text: string; url: string }> {
  const { crawl } = loadConfig();
  const client = createHttpClient({ allow: [] });
  try {
    const response = await httpFetch(url, {
      client,
      userAgent: crawl.userAgent,
      timeoutMs: crawl.timeoutMs,
      maxBytes: crawl.maxBytes,
      accept: FEED_ACCEPT,
    });
    return { text: response.body, url: response.url };
  } finally {
    client.close();
  }
}

async function readFeedFile(path: string): Promise<{ text: string; url: string }> {
  const file = resolve(path);
  const bytes = await readFile(file);
  return { text: decodeBody(bytes, null), url: pathToFileURL(file).href };
}

function toOutput(document: FeedDocument) {
  return {
    title: document.title,
    link: document.link,
    items: document.entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      id: entry.id,
      published: entry.publishedAt,
      author: entry.author,
      summary: entry.summary,
      content: entry.content,
      categories: entry.categories,
    })),
  };
}

function oneLine(error: unknown): string {
  if (error instanceof FeedParseError || error instanceof FetchError)
    return error.message.replace(/\s+/g, ' ');
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `no such file: ${(error as NodeJS.ErrnoException).path}`;
  if (code === 'EISDIR') return `is a directory: ${(error as NodeJS.ErrnoException).path}`;
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}
