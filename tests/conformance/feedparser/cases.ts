// The feedparser conformance cases (../shared/feeds/feedparser, see ../shared/README-data.md §1):
// expectations.jsonl gives each file's expectation, already turned into machine-readable checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBody } from '@presswatch/ingest';

export type Check =
  | { kind: 'bozo'; value: boolean }
  | { kind: 'always' }
  | { kind: 'python'; expr: string }
  | { kind: 'eq' | 'ne'; path: PathPart[]; value: unknown; value_utc_iso?: string }
  | { kind: 'truthy' | 'falsy' | 'absent'; path: PathPart[] }
  | { kind: 'len' | 'ord'; path: PathPart[]; value: number }
  | { kind: 'paths_equal'; paths: PathPart[][] };

export type PathPart = string | number;

export interface FeedparserCase {
  file: string;
  description: string;
  expect: string;
  suite: 'wellformed' | 'illformed' | 'encoding' | 'entities';
  group?: string;
  input: 'text' | 'bytes' | 'http';
  http?: { url: string; content_type?: string; headers?: Record<string, string> };
  checks: Check[];
  js_checkable: boolean;
}

export function loadFeedparserCases(dir: string): FeedparserCase[] {
  return readFileSync(join(dir, 'expectations.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FeedparserCase);
}

export interface CaseDocument {
  text: string;
  /** The document's URL: the Content-Location header when it is a safe URL, else where it was served. */
  baseUrl: string;
}

/**
 * The document as upstream hands it to the parser. "text" files are decoded by BOM, else as UTF-8;
 * "bytes" and "http" ones go through the fetch layer's decodeBody with the served Content-Type.
 */
export function caseDocument(dir: string, c: FeedparserCase): CaseDocument {
  const bytes = readFileSync(join(dir, c.file));
  const url = c.http?.url ?? `http://127.0.0.1:8097/tests/${c.file}`;
  if (c.input === 'text') return { text: decodeByBom(bytes), baseUrl: url };
  const contentType = c.http?.content_type ?? null;
  return { text: decodeBody(bytes, contentType), baseUrl: contentLocation(c, url) ?? url };
}

function contentLocation(c: FeedparserCase, url: string): string | null {
  const header = Object.entries(c.http?.headers ?? {}).find(
    ([name]) => name.toLowerCase() === 'content-location',
  );
  if (!header) return null;
  try {
    const resolved = new URL(header[1], url);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

function decodeByBom(bytes: Buffer): string {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return decodeUtf32(bytes.subarray(4), false);
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return decodeUtf32(bytes.subarray(4), true);
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeUtf32(bytes: Buffer, littleEndian: boolean): string {
  let text = '';
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    text += String.fromCodePoint(littleEndian ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i));
  }
  return text;
}
