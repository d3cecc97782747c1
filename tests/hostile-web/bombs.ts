// Bodies that try to exhaust the client: compression bombs, endless streams, a byte drip.
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const MIB = 1024 * 1024;

/** Decoded size of the bombs: far past any cap a test sets, small on the wire. */
export const BOMB_DECODED_BYTES = 64 * MIB;

let gzipMember: Buffer | null = null;
let brotliBomb: Buffer | null = null;

/**
 * A gzip bomb: 64 concatenated gzip members of 1 MiB of zeros each (a valid gzip stream, about
 * 1 KB a member), so 64 MiB decoded from about 66 KB sent.
 */
export function sendGzipBomb(res: ServerResponse): void {
  gzipMember ??= gzipSync(Buffer.alloc(MIB), { level: 9 });
  const member = gzipMember;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
  writeRepeatedly(res, () => member, BOMB_DECODED_BYTES / MIB);
}

/** A brotli bomb: 64 MiB of zeros in about a hundred bytes. */
export function sendBrotliBomb(res: ServerResponse): void {
  brotliBomb ??= brotliCompressSync(Buffer.alloc(BOMB_DECODED_BYTES), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
  });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' });
  res.end(brotliBomb);
}

// A gzip header, then empty non-final stored deflate blocks for ever: the wire never ends and
// the decoded body never grows.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
const EMPTY_STORED_BLOCKS = Buffer.from(
  Array.from({ length: 3276 }, () => [0x00, 0x00, 0x00, 0xff, 0xff]).flat(),
);

/** An endless gzip stream that decodes to nothing. */
export function sendEmptyGzipForever(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
  res.write(GZIP_HEADER);
  writeRepeatedly(res, () => EMPTY_STORED_BLOCKS, Number.POSITIVE_INFINITY);
}

const FILLER = Buffer.alloc(16 * 1024, 'x');

/** Plain text that never ends. */
export function sendEndless(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  writeRepeatedly(res, () => FILLER, Number.POSITIVE_INFINITY);
}

/** Slow loris: headers at once, then one byte a second for a minute. */
export function sendDrip(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.flushHeaders();
  let left = 60;
  const timer = setInterval(() => {
    if (res.destroyed || left-- === 0) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write('.');
  }, 1000);
  res.on('close', () => clearInterval(timer));
}

// Writes `times` chunks honouring backpressure; stops when the client goes away.
function writeRepeatedly(res: ServerResponse, chunk: () => Buffer, times: number): void {
  let written = 0;
  const pump = (): void => {
    while (written < times && !res.destroyed) {
      written++;
      if (!res.write(chunk())) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
