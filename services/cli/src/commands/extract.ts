// presswatch extract <file-or-url> [--url URL]: an article page as the fetch stage reads it,
// printed as JSON {url, title, byline, published, updated, lang, canonical, image, text}.
// presswatch extract --jsonl: the same for a batch; JSONL {id, url, html} on stdin, one JSON
// object (with its id) per line on stdout, in input order.
// A URL is fetched through httpFetch (the one outbound client, with its SSRF guard and
// robots.txt); a file is decoded like a response body. --url gives the address the page was
// saved from, which relative links, the canonical URL and the date zone are judged against.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import {
  createHttpClient,
  decodeBody,
  type ExtractedArticle,
  extractArticle,
  FetchError,
  httpFetch,
} from '@presswatch/ingest';
import { loadConfig } from '@presswatch/platform';

const USAGE = 'usage: presswatch extract <file-or-url> [--url URL] | presswatch extract --jsonl < in.jsonl';
const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

interface Options {
  target: string | null;
  url: string | null;
  jsonl: boolean;
}

/** A failure to report on one line: bad input rather than a bug. */
class InputError extends Error {}

export async function runExtract(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`presswatch extract: ${options}\n`);
    return 2;
  }
  try {
    if (options.jsonl) await extractLines();
    else await extractOne(options.target!, options.url);
    return 0;
  } catch (error) {
    process.stderr.write(`presswatch extract: ${oneLine(error)}\n`);
    return 1;
  }
}

/** The options, or what is wrong with them. */
function parseArgs(args: string[]): Options | string {
  const options: Options = { target: null, url: null, jsonl: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--url') options.url = args[++i] ?? null;
    else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) return `unknown option ${arg}; ${USAGE}`;
    else if (options.target === null) options.target = arg;
    else return USAGE;
  }
  if (options.jsonl && (options.target !== null || options.url !== null))
    return `--jsonl reads stdin only; ${USAGE}`;
  if (!options.jsonl && options.target === null) return USAGE;
  if ((args.includes('--url') && options.url === null) || options.url === '')
    return `--url needs a URL; ${USAGE}`;
  if (options.url !== null && !isWebUrl(options.url)) return `--url is not an http(s) URL: ${options.url}`;
  return options;
}

async function extractOne(target: string, url: string | null): Promise<void> {
  const page = isWebUrl(target) ? await fetchPage(target) : await readPage(target);
  const pageUrl = url ?? page.url;
  process.stdout.write(`${JSON.stringify(toOutput(pageUrl, extractArticle(page.html, pageUrl)), null, 2)}\n`);
}

async function fetchPage(url: string): Promise<{ html: string; url: string }> {
  const { crawl } = loadConfig();
  const client = createHttpClient({ allow: [] });
  try {
    const response = await httpFetch(url, {
      client,
      userAgent: crawl.userAgent,
      timeoutMs: crawl.timeoutMs,
      maxBytes: crawl.maxBytes,
      accept: HTML_ACCEPT,
    });
    return { html: response.body, url: response.url };
  } finally {
    client.close();
  }
}

async function readPage(path: string): Promise<{ html: string; url: string }> {
  const file = resolve(path);
  return { html: decodeBody(await readFile(file), null), url: pathToFileURL(file).href };
}

/** Reads JSONL pages from stdin and writes one result line each; stops at the first bad line. */
async function extractLines(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    const page = parseLine(line, number);
    const article = extractArticle(page.html, page.url);
    process.stdout.write(`${JSON.stringify({ id: page.id, ...toOutput(page.url, article) })}\n`);
  }
}

interface PageLine {
  id: unknown;
  url: string;
  html: string;
}

function parseLine(line: string, number: number): PageLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(`line ${number}: not JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`line ${number}: expected an object {id, url, html}`);
  }
  const { id, url, html } = value as Record<string, unknown>;
  if (typeof url !== 'string' || !isWebUrl(url))
    throw new InputError(`line ${number}: "url" must be an http(s) URL`);
  if (typeof html !== 'string') throw new InputError(`line ${number}: "html" must be a string`);
  return { id: id ?? null, url, html };
}

function toOutput(url: string, article: ExtractedArticle) {
  return {
    url,
    title: article.title,
    byline: article.byline,
    published: article.publishedAt,
    updated: article.updatedAt,
    lang: article.language,
    canonical: article.canonicalUrl,
    image: article.image,
    text: article.text,
  };
}

function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(text);
}

function oneLine(error: unknown): string {
  if (error instanceof InputError || error instanceof FetchError) return error.message.replace(/\s+/g, ' ');
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `no such file: ${(error as NodeJS.ErrnoException).path}`;
  if (code === 'EISDIR') return `is a directory: ${(error as NodeJS.ErrnoException).path}`;
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
}
