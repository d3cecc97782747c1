// The safe-fetch client's throughput against a local server (in a worker thread, so it has the
// other core): real Vietnamese articles from ../shared/corpus wrapped in HTML, served gzip'd over
// keep-alive, fetched through createHttpClient (SSRF guard, robots.txt, per-host limiter,
// decompression with the cap, charset choice, NFC) — side by side with global fetch (undici) and
// bare node:http + gunzip. Then charset decoding alone (UTF-8 vs windows-1258). Env BENCH_PAGES
// (default 300 distinct pages), BENCH_REQUESTS (default 3000), BENCH_CONCURRENCY (default 16).
import { Agent, request } from 'node:http';
import { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHttpClient, decodeDocument } from '@presswatch/ingest';
import iconv from 'iconv-lite';
import { type CorpusArticle, percentile, printTable, readCorpus, writeResult } from './support.ts';

const PAGES = Number(process.env.BENCH_PAGES ?? 300);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const USER_AGENT = 'PressWatchBench/1.0 (+https://presswatch.example/bot)';
const DECODE_ROUNDS = 10;

const SERVER = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const pages = workerData.pages.map((p) => ({ html: Buffer.from(p.html), gz: Buffer.from(p.gz) }));
const server = createServer((req, res) => {
  if (req.url === '/robots.txt') { res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\\nAllow: /\\n'); return; }
  const page = pages[Number(req.url.slice(3)) % pages.length];
  const gzip = /gzip/.test(req.headers['accept-encoding'] || '');
  const body = gzip ? page.gz : page.html;
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length };
  if (gzip) headers['content-encoding'] = 'gzip';
  res.writeHead(200, headers).end(body);
});
server.keepAliveTimeout = 30000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
parentPort.on('message', () => server.close(() => process.exit(0)));
`;

// An article page the size of a real one (tens of KB): the article, then a "related news" box
// with the next articles' titles and leads, as Vietnamese news sites have.
function toHtml(article: CorpusArticle, related: CorpusArticle[]): string {
  const paragraphs = article.text
    .split(/\n+/)
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const box = related
    .map((r) => `<li><a href="/r/${r.id}">${r.title}</a><p>${r.text.slice(0, 600)}</p></li>`)
    .join('');
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${article.title}</title></head><body><header><nav>Trang chủ | Thời sự | Kinh tế</nav></header><article><h1>${article.title}</h1>${paragraphs}</article><aside><h2>Tin liên quan</h2><ul>${box}</ul></aside><footer>© Báo thử</footer></body></html>`;
}

type Getter = (url: string) => Promise<number>;

async function run(name: string, base: string, get: Getter): Promise<Record<string, string | number>> {
  const latencies: number[] = [];
  let next = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const n = next++;
        const t0 = performance.now();
        const size = await get(`${base}/p/${n}`);
        bytes += size;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    client: name,
    'pages/s': Math.round(REQUESTS / seconds),
    'p50 ms': Number(percentile(latencies, 50).toFixed(2)),
    'p95 ms': Number(percentile(latencies, 95).toFixed(2)),
    'MB decoded/s': Number((bytes / seconds / 1e6).toFixed(1)),
  };
}

function bareNodeHttp(): Getter {
  const agent = new Agent({ keepAlive: true });
  return (url) =>
    new Promise((resolve, reject) => {
      request(url, { agent, headers: { 'accept-encoding': 'gzip', 'user-agent': USER_AGENT } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = gunzipSync(Buffer.concat(chunks));
          bytes.toString('utf8');
          resolve(bytes.length);
        });
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
}

function charsetRows(htmls: string[]): Record<string, string | number>[] {
  const utf8 = htmls.map((h) => Buffer.from(h));
  const legacy = htmls.map((h) => iconv.encode(h.normalize('NFD'), 'windows-1258'));
  return [
    ['utf-8 declared', utf8, 'text/html; charset=utf-8'],
    ['windows-1258 declared', legacy, 'text/html; charset=windows-1258'],
    ['windows-1258 behind a lying utf-8 header', legacy, 'text/html; charset=utf-8'],
  ].map(([name, docs, type]) => {
    const list = docs as Buffer[];
    const total = list.reduce((a, b) => a + b.length, 0);
    for (const doc of list) decodeDocument(doc, type as string); // warm-up
    const started = performance.now();
    for (let round = 0; round < DECODE_ROUNDS; round++)
      for (const doc of list) decodeDocument(doc, type as string);
    const seconds = (performance.now() - started) / 1000;
    const mb = (DECODE_ROUNDS * total) / seconds / 1e6;
    return {
      decode: name as string,
      'MB/s': Number(mb.toFixed(1)),
      'docs/s': Math.round((DECODE_ROUNDS * list.length) / seconds),
    };
  });
}

async function main() {
  const corpus = await readCorpus(PAGES);
  if (!corpus) {
    console.log('safe-fetch: ../shared/corpus is missing; skipped');
    return;
  }
  const htmls = corpus.map((a, i) => toHtml(a, [...corpus, ...corpus].slice(i + 1, i + 25)));
  const pages = htmls.map((html) => ({ html, gz: gzipSync(html) }));
  const worker = new Worker(SERVER, { eval: true, workerData: { pages } });
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  const base = `http://127.0.0.1:${port}`;
  const client = createHttpClient({
    allow: [`127.0.0.1:${port}`],
    perHostConcurrency: CONCURRENCY,
    perHostDelayMs: 0,
  });
  try {
    const safe: Getter = async (url) => (await client.fetch(url, { userAgent: USER_AGENT })).bytes;
    const undici: Getter = async (url) =>
      Buffer.byteLength(await (await fetch(url, { headers: { 'user-agent': USER_AGENT } })).text());
    await run('warm-up', base, safe);
    const rows = [
      await run('createHttpClient (guarded)', base, safe),
      await run('global fetch (undici)', base, undici),
      await run('bare node:http + gunzip', base, bareNodeHttp()),
    ];
    const avgKb = pages.reduce((a, p) => a + p.html.length, 0) / pages.length / 1024;
    const avgGzKb = pages.reduce((a, p) => a + p.gz.length, 0) / pages.length / 1024;
    console.log(
      `${REQUESTS} GETs over ${pages.length} pages (avg ${avgKb.toFixed(1)} KB, ${avgGzKb.toFixed(1)} KB gzip), ${CONCURRENCY} in flight, one host`,
    );
    printTable(rows);
    const decoding = charsetRows(htmls);
    printTable(decoding);
    console.log(
      `wrote ${writeResult('safe-fetch', { requests: REQUESTS, concurrency: CONCURRENCY, avgKb, fetch: rows, decoding })}`,
    );
  } finally {
    client.close();
    worker.postMessage('stop');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
}

await main();
