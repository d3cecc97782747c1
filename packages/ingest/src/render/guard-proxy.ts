// A local forward proxy that every connection of the browser goes through, so the SSRF policy of
// httpFetch applies to rendered pages too: each connection is made with the safe-fetch address
// guard's lookup, which refuses special-purpose addresses (unless allowlisted) at connect time,
// on every redirect hop and against DNS rebinding (the proxy resolves once and connects to what
// it checked). Chromium's own request routing cannot do this: redirects and its DNS resolution
// happen out of reach of Playwright's routes.
//   plain HTTP  → absolute-form requests, forwarded; refused with 403 + x-presswatch-refused
//   HTTPS, WSS  → CONNECT tunnels; refused with 403 (the browser reports a tunnel failure)
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type AddressGuard, portOf } from '../http/address-guard.ts';

export const REFUSED_HEADER = 'x-presswatch-refused';

export interface GuardProxy {
  /** http://127.0.0.1:<port>, for Chromium's --proxy-server. */
  readonly url: string;
  /** Connections refused so far, and the last reason (for errors and tests). */
  readonly refusals: { count: number; last: string | null };
  close(): Promise<void>;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) and the proxy's own are not forwarded.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

export async function startGuardProxy(guard: AddressGuard): Promise<GuardProxy> {
  const agent = new Agent({ keepAlive: true });
  const sockets = new Set<Duplex>();
  const refusals = { count: 0, last: null as string | null };
  const refuse = (reason: string) => {
    refusals.count++;
    refusals.last = reason;
    return reason.replace(/[\r\n]+/g, ' ');
  };

  const server = createServer((req, res) => forward(req, res));
  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => tunnel(req, client, head));
  server.on('connection', (socket: Socket) => track(socket));

  function track(socket: Duplex): void {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  }

  function forward(req: IncomingMessage, res: ServerResponse): void {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
      if (url.protocol !== 'http:') throw new Error(`not an absolute http URL: ${req.url}`);
      guard.assertTarget(url);
    } catch (error) {
      deny(res, error);
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = portOf(url);
    const upstream = request({
      host,
      port,
      method: req.method,
      path: `${url.pathname}${url.search}`,
      headers: withoutHopByHop(req.headers),
      agent,
      lookup: guard.lookupFor(url.href, host, port),
    });
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
      answer.pipe(res);
    });
    upstream.on('error', (error) => deny(res, error));
    // The browser gave up (its context closed, say): stop reading for it.
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  function deny(res: ServerResponse, error: unknown): void {
    const blocked = (error as { kind?: string }).kind === 'blocked';
    const reason = error instanceof Error ? error.message : String(error);
    if (res.headersSent) return void res.destroy();
    res.writeHead(blocked ? 403 : 502, blocked ? { [REFUSED_HEADER]: refuse(reason) } : {});
    res.end(blocked ? 'Refused by the address guard' : 'Bad gateway');
  }

  function tunnel(req: IncomingMessage, client: Duplex, head: Buffer): void {
    track(client);
    let url: URL;
    try {
      url = new URL(`https://${req.url ?? ''}`);
      guard.assertTarget(url);
    } catch (error) {
      endTunnel(client, error);
      return;
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = portOf(url);
    const upstream = connect({ host, port, lookup: guard.lookupFor(url.href, host, port) });
    track(upstream);
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
      upstream.once('close', () => client.destroy());
    });
    upstream.once('error', (error) => endTunnel(client, error));
    client.once('error', () => upstream.destroy());
    client.once('close', () => upstream.destroy());
  }

  function endTunnel(client: Duplex, error: unknown): void {
    const blocked = (error as { kind?: string }).kind === 'blocked';
    if (blocked) refuse(error instanceof Error ? error.message : String(error));
    client.end(blocked ? 'HTTP/1.1 403 Forbidden\r\n\r\n' : 'HTTP/1.1 502 Bad Gateway\r\n\r\n');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    refusals,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

function withoutHopByHop(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}
