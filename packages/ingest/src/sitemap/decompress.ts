// Sitemaps may be served gzip'd as files (sitemap.xml.gz, application/x-gzip), not as a
// Content-Encoding the HTTP client undoes: those bytes are gunzipped here, under the same size
// cap as any body so a gzip bomb stops at the cap.
import { gunzipSync } from 'node:zlib';
import { SitemapParseError } from './errors.ts';

const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/**
 * The text of a sitemap body: gunzipped when the bytes are gzip (whatever the URL or type says),
 * then read as UTF-8, the only encoding the protocol allows.
 */
export function sitemapText(bytes: Uint8Array, sitemapUrl: string, maxBytes: number): string {
  if (!isGzip(bytes)) return new TextDecoder('utf-8').decode(bytes);
  let plain: Buffer;
  try {
    plain = gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const tooLarge =
      error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    const reason = tooLarge ? `more than ${maxBytes} bytes once decompressed` : 'broken gzip data';
    throw new SitemapParseError(`Unreadable sitemap: ${reason} (${sitemapUrl})`, sitemapUrl, error);
  }
  return new TextDecoder('utf-8').decode(plain);
}
