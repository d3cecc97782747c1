// Content-Encoding decoders (gzip, deflate, br). Streams, so the body cap can stop a bomb after
// the first chunks instead of inflating it whole. A truncated stream yields what it holds, as
// browsers do, instead of failing.
import type { Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

const ZLIB_OPTIONS = { finishFlush: constants.Z_SYNC_FLUSH };
const BROTLI_OPTIONS = { finishFlush: constants.BROTLI_OPERATION_FLUSH };
/** More stacked encodings than this is not a real server. */
const MAX_ENCODINGS = 3;

/**
 * The codings of a Content-Encoding header in the order they must be undone (last applied
 * first). Identity and labels we never asked for (`utf-8`, `none`, … sent by misconfigured
 * servers) are ignored, as browsers do; the charset step then sees the bytes as sent.
 */
export function decodingOrder(header: string | undefined): string[] {
  if (!header) return [];
  const codings = header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(isSupported);
  if (codings.length > MAX_ENCODINGS) throw new Error(`too many content codings: ${header}`);
  return codings.reverse();
}

function isSupported(coding: string): boolean {
  return coding === 'gzip' || coding === 'x-gzip' || coding === 'deflate' || coding === 'br';
}

/**
 * A decoder for one coding. For deflate the first bytes decide between the zlib wrapper
 * (RFC 1950, what the spec says) and raw deflate (what some servers send).
 */
export function createDecoder(coding: string, firstBytes: Uint8Array | null): Transform {
  if (coding === 'br') return createBrotliDecompress(BROTLI_OPTIONS);
  if (coding === 'deflate')
    return hasZlibHeader(firstBytes) ? createInflate(ZLIB_OPTIONS) : createInflateRaw(ZLIB_OPTIONS);
  return createGunzip(ZLIB_OPTIONS);
}

function hasZlibHeader(bytes: Uint8Array | null): boolean {
  if (!bytes || bytes.length < 2) return true;
  const [cmf = 0, flg = 0] = bytes;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}
