// Reading a response body under the size cap. The cap applies twice: to the bytes on the wire
// (an endless stream that decompresses to nothing) and to the bytes after Content-Encoding is
// undone (a gzip or brotli bomb). Decoders are streams, so a bomb stops after its first chunks.
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { FetchError } from '../errors.ts';
import { createDecoder, decodingOrder } from './content-decoders.ts';

export interface BodyLimits {
  maxBytes: number;
  /** For error messages. */
  url: string;
  /** Past the cap, keep the first maxBytes and stop instead of failing (robots.txt). */
  truncate?: boolean;
}

export interface BodyRead {
  /** After Content-Encoding is undone. */
  bytes: Buffer;
  /** As received on the wire. */
  wireBytes: number;
}

/**
 * Reads the whole body. Rejects with FetchError 'too-large' past the cap, 'network' when the
 * connection drops or the encoding does not decode, and with whatever error the response was
 * destroyed with (the exchange's timeouts).
 */
export function readBody(res: IncomingMessage, limits: BodyLimits): Promise<BodyRead> {
  const { maxBytes, url, truncate = false } = limits;
  const status = res.statusCode ?? null;
  let order: string[];
  try {
    order = decodingOrder(res.headers['content-encoding']);
  } catch (err) {
    res.destroy();
    return Promise.reject(new FetchError('network', `${(err as Error).message}: ${url}`, { url, status }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let decoded = 0;
    let done = false;
    let decoders: Transform[] = [];

    const fail = (err: unknown): void => {
      if (done) return;
      done = true;
      for (const decoder of decoders) decoder.destroy();
      res.destroy();
      reject(err);
    };
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve({ bytes: Buffer.concat(chunks), wireBytes: wire });
    };
    const overflow = (message: string): void => {
      if (!truncate) {
        fail(tooLarge(url, status, message));
        return;
      }
      finish();
      for (const decoder of decoders) decoder.destroy();
      res.destroy();
    };
    const collect = (chunk: Buffer): void => {
      if (done) return;
      const room = maxBytes - decoded;
      decoded += chunk.length;
      if (decoded > maxBytes) {
        if (truncate) chunks.push(chunk.subarray(0, room));
        overflow(`Response body exceeds ${maxBytes} bytes after decompression`);
        return;
      }
      chunks.push(chunk);
    };
    const startDecoders = (first: Buffer): Transform => {
      decoders = order.map((coding, i) => createDecoder(coding, i === 0 ? first : null));
      decoders.forEach((decoder, i) => {
        decoder.on('error', (err) =>
          fail(
            new FetchError('network', `Could not decode the ${order[i]} body: ${url}`, {
              url,
              status,
              cause: err,
            }),
          ),
        );
        const next = decoders[i + 1];
        if (next) decoder.pipe(next);
      });
      const last = decoders[decoders.length - 1] as Transform;
      last.on('data', collect);
      last.on('end', finish);
      const head = decoders[0] as Transform;
      head.on('drain', () => res.resume());
      return head;
    };

    let head: Transform | null = null;
    res.on('data', (chunk: Buffer) => {
      if (done) return;
      wire += chunk.length;
      if (wire > maxBytes) {
        overflow(`Response body exceeds ${maxBytes} bytes on the wire`);
        return;
      }
      if (order.length === 0) {
        collect(chunk);
        return;
      }
      head ??= startDecoders(chunk);
      if (!head.write(chunk)) res.pause();
    });
    res.on('end', () => (head ? head.end() : finish()));
    res.on('error', (err) => fail(err instanceof FetchError ? err : lost(url, status, err)));
    res.on('close', () => {
      if (!res.complete) fail(lost(url, status, null));
    });
  });
}

/**
 * Reads and drops a body we do not need (redirects, errors, 304) so the connection can be
 * reused; past `limit` bytes, or on any trouble, the connection is closed instead. Never rejects.
 */
export function discardBody(res: IncomingMessage, limit: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    res.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) {
        res.destroy();
        resolve();
      }
    });
    res.on('end', () => resolve());
    res.on('error', () => resolve());
    res.on('close', () => resolve());
  });
}

function tooLarge(url: string, status: number | null, message: string): FetchError {
  return new FetchError('too-large', `${message}: ${url}`, { url, status });
}

function lost(url: string, status: number | null, cause: unknown): FetchError {
  return new FetchError('network', `Connection lost before the body ended: ${url}`, { url, status, cause });
}
