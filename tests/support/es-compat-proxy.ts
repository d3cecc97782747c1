// Test-only HTTP proxy that lets @elastic/elasticsearch 8.x talk to an OpenSearch node:
// - request Content-Type/Accept `application/vnd.elasticsearch+json; compatible-with=8` (and the
//   x-ndjson variant) become plain `application/json` / `application/x-ndjson`, which OpenSearch
//   accepts (it answers 406 to the vendored types);
// - every response carries `x-elastic-product: Elasticsearch`, which the client's product check
//   demands, and vendored response media types are made plain;
// - GET / reports an 8.x version number (the OpenSearch one stays under `compat_proxy`).
// It proves our Elasticsearch code path speaks the shared REST wire format; it is not Elasticsearch.
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';

export interface EsCompatProxy {
  url: string;
  close(): Promise<void>;
}

/** The version GET / reports; the 8.x client accepts any 8.x server. */
export const REPORTED_ES_VERSION = '8.19.0';

const VENDORED = /application\/vnd\.elasticsearch\+([\w-]+)\s*;\s*compatible-with\s*=\s*\d+/gi;

/** Starts the proxy on a free 127.0.0.1 port, forwarding to `target` (e.g. http://127.0.0.1:9200). */
export function startEsCompatProxy(target: string): Promise<EsCompatProxy> {
  const upstream = new URL(target);
  const server = createServer((req, res) => forward(upstream, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address !== 'object') return reject(new Error('no port'));
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Rewrites vendored Elasticsearch media types to the plain ones both engines accept. */
export function plainMediaType(value: string): string {
  return value.replace(VENDORED, 'application/$1');
}

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
  const rootInfo = req.method === 'GET' && (req.url === '/' || req.url?.startsWith('/?'));
  const headers = { ...req.headers, host: upstream.host };
  for (const name of ['content-type', 'accept'] as const) {
    const value = headers[name];
    if (typeof value === 'string') headers[name] = plainMediaType(value);
  }
  if (rootInfo) headers['accept-encoding'] = 'identity'; // its body is rewritten below
  const outgoing = request(
    { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
    (reply) => {
      const replyHeaders = { ...reply.headers, 'x-elastic-product': 'Elasticsearch' };
      const type = replyHeaders['content-type'];
      if (typeof type === 'string') replyHeaders['content-type'] = plainMediaType(type);
      if (rootInfo && reply.statusCode === 200) return sendRootInfo(reply, replyHeaders, res);
      res.writeHead(reply.statusCode ?? 502, replyHeaders);
      reply.pipe(res);
    },
  );
  outgoing.once('error', (error) => {
    if (res.headersSent) return res.destroy(error);
    res.writeHead(502, { 'content-type': 'text/plain' }).end(`es-compat-proxy: ${error.message}`);
  });
  req.pipe(outgoing);
}

function sendRootInfo(
  reply: IncomingMessage,
  headers: Record<string, string | string[] | undefined>,
  res: ServerResponse,
): void {
  const chunks: Buffer[] = [];
  reply.on('data', (chunk: Buffer) => chunks.push(chunk));
  reply.once('end', () => {
    const info = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const original = info.version ?? {};
    info.compat_proxy = { distribution: original.distribution, number: original.number };
    info.version = { ...original, number: REPORTED_ES_VERSION, build_flavor: 'default' };
    delete info.version.distribution;
    const body = JSON.stringify(info);
    const { 'content-length': _length, 'transfer-encoding': _chunked, ...rest } = headers;
    res.writeHead(200, { ...rest, 'content-length': Buffer.byteLength(body) }).end(body);
  });
}
