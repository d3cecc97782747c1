// One request and its answer over node:http/https (no redirects): the guarded lookup, keep-alive
// agents, one timer re-armed per phase, the body read under the cap. The client around it adds
// redirects, robots.txt and politeness.
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { FetchError, type FetchTimeoutPhase } from '../errors.ts';
import { type AddressGuard, portOf } from './address-guard.ts';
import { PhaseTimer } from './phase-timer.ts';
import type { PhaseTimeouts } from './policy.ts';
import { type BodyRead, discardBody, readBody } from './read-body.ts';

/** Bodies we throw away (errors, redirects) are read up to this much to keep the connection. */
const DISCARD_LIMIT = 64 * 1024;

export interface Transport {
  guard: AddressGuard;
  http: HttpAgent;
  https: HttpsAgent;
}

export function createTransport(guard: AddressGuard): Transport {
  // lifo: the most recently used socket is the one least likely to have been closed by the server.
  const options = { keepAlive: true, scheduling: 'lifo' as const, timeout: 30_000 };
  return { guard, http: new HttpAgent(options), https: new HttpsAgent(options) };
}

export interface ExchangeSpec {
  url: URL;
  headers: OutgoingHttpHeaders;
  timeouts: PhaseTimeouts;
  /** Epoch ms at which the whole exchange's budget runs out. */
  deadline: number;
  maxBytes: number;
  /** Keep the first maxBytes of a longer body instead of failing. */
  truncate?: boolean;
  signal?: AbortSignal | undefined;
  /** Default GET. */
  method?: 'GET' | 'POST' | undefined;
  body?: string | Uint8Array | undefined;
}

export interface ExchangeResult {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body of a 2xx answer; null for anything else (drained and dropped). */
  body: BodyRead | null;
}

/**
 * Sends one request (GET unless spec.method says POST) and reads the answer. Rejects with FetchError ('blocked', 'timeout', 'network',
 * 'too-large') or with the caller's abort reason.
 */
export async function exchange(transport: Transport, spec: ExchangeSpec): Promise<ExchangeResult> {
  const url = spec.url.href;
  let active: { destroy(err?: Error): void } | null = null;
  const stopWith = (err: Error): void => active?.destroy(err);
  const timer = new PhaseTimer(spec.timeouts, spec.deadline, (phase, ms) =>
    stopWith(timeoutError(url, phase, ms)),
  );
  const onAbort = (): void => stopWith(abortReason(spec.signal));
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (spec.signal?.aborted) throw abortReason(spec.signal);
    const res = await sendWithRetry(transport, spec, timer, (req) => {
      active = req;
    });
    active = res;
    timer.enter('body');
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) {
      await discardBody(res, DISCARD_LIMIT);
      return { status, headers: res.headers, body: null };
    }
    const declared = Number(res.headers['content-length']);
    if (declared > spec.maxBytes && !spec.truncate) {
      res.destroy();
      throw new FetchError('too-large', `Content-Length ${declared} exceeds ${spec.maxBytes} bytes: ${url}`, {
        url,
        status,
      });
    }
    return {
      status,
      headers: res.headers,
      body: await readBody(res, { maxBytes: spec.maxBytes, url, truncate: spec.truncate ?? false }),
    };
  } catch (err) {
    if (spec.signal?.aborted) throw abortReason(spec.signal);
    throw err instanceof FetchError ? err : networkError(url, err);
  } finally {
    timer.stop();
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

// A kept-alive socket the server closed meanwhile fails the first write: try a fresh one once.
async function sendWithRetry(
  transport: Transport,
  spec: ExchangeSpec,
  timer: PhaseTimer,
  onRequest: (req: { destroy(err?: Error): void }) => void,
): Promise<IncomingMessage> {
  try {
    return await send(transport, spec, timer, onRequest);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!(err as { reusedSocket?: boolean }).reusedSocket || (code !== 'ECONNRESET' && code !== 'EPIPE'))
      throw err;
    return send(transport, spec, timer, onRequest);
  }
}

function send(
  transport: Transport,
  spec: ExchangeSpec,
  timer: PhaseTimer,
  onRequest: (req: { destroy(err?: Error): void }) => void,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const secure = spec.url.protocol === 'https:';
    const host = spec.url.hostname.replace(/^\[|\]$/g, '');
    const port = portOf(spec.url);
    const req = (secure ? httpsRequest : httpRequest)({
      host,
      port,
      path: `${spec.url.pathname}${spec.url.search}`,
      method: spec.method ?? 'GET',
      headers: spec.headers,
      agent: secure ? transport.https : transport.http,
      lookup: transport.guard.lookupFor(spec.url.href, host, port),
    });
    onRequest(req);
    timer.enter('connect');
    req.on('socket', (socket) => {
      if (socket.connecting) socket.once(secure ? 'secureConnect' : 'connect', () => timer.enter('headers'));
      else timer.enter('headers');
    });
    req.on('response', resolve);
    req.on('error', (err) =>
      reject(err instanceof FetchError ? err : Object.assign(err, { reusedSocket: req.reusedSocket })),
    );
    req.end(spec.body);
  });
}

const WAITING_FOR: Record<FetchTimeoutPhase, string> = {
  connect: 'connecting',
  headers: 'the response headers',
  body: 'the body',
  total: 'the whole exchange',
};

function timeoutError(url: string, phase: FetchTimeoutPhase, ms: number): FetchError {
  return new FetchError('timeout', `Timed out after ${ms} ms waiting for ${WAITING_FOR[phase]}: ${url}`, {
    url,
    phase,
  });
}

function networkError(url: string, err: unknown): FetchError {
  const message = err instanceof Error ? err.message : String(err);
  return new FetchError('network', `Request failed: ${url}: ${message}`, { url, cause: err });
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new Error(String(reason ?? 'aborted'));
}
