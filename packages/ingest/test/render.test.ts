// The browser pool against the fixture web, with Debian's chromium: one browser for the file.
// JavaScript-inserted text, blocked images/fonts/media/stylesheets, consent dismissal, a
// navigation timeout, and the SSRF guard (through the guard proxy) on every connection the page
// makes, redirects included.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDER_PATHS, RENDERED_ARTICLE } from '../../../tests/fixture-web/extra/index.ts';
import { type FixtureWeb, startFixtureWeb } from '../../../tests/fixture-web/index.ts';
import { createAddressGuard } from '../src/http/address-guard.ts';
import {
  type BrowserPool,
  createBrowserPool,
  createRequestGuard,
  DEFAULT_CHROMIUM_PATH,
  extractArticle,
  FetchError,
} from '../src/index.ts';
import { startGuardProxy } from '../src/render/guard-proxy.ts';

const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
if (!hasChromium && process.env.CI)
  throw new Error(`CI needs ${DEFAULT_CHROMIUM_PATH} (apt-get install chromium)`);

const title = hasChromium
  ? 'browser pool'
  : `browser pool (skipped: no ${DEFAULT_CHROMIUM_PATH}; apt-get install chromium)`;

describe.skipIf(!hasChromium)(title, () => {
  let web: FixtureWeb;
  let pool: BrowserPool;
  // Another loopback address, not allowlisted: what a hostile page would try to reach.
  let internal: Server;
  let internalUrl: string;
  let internalHits = 0;

  beforeAll(async () => {
    web = await startFixtureWeb();
    internal = createServer((_req, res) => {
      internalHits++;
      res.end('/* internal */');
    });
    await new Promise<void>((resolve) => internal.listen(0, '127.0.0.2', resolve));
    internalUrl = `http://127.0.0.2:${(internal.address() as AddressInfo).port}`;
    pool = createBrowserPool({
      userAgent: 'PressWatch-test',
      allow: [`127.0.0.1:${web.port}`],
      maxPages: 2,
      navigationTimeoutMs: 5_000,
      settleMs: 1_000,
      consentTimeoutMs: 3_000, // a click under CI load can take over 0.5 s; only the missing-button test waits it out
    });
  });

  afterAll(async () => {
    await pool?.close();
    await new Promise((resolve) => internal?.close(resolve));
    await web?.close();
  });

  it('renders text that JavaScript inserts, which plain HTML does not have', async () => {
    const url = `${web.url}${RENDER_PATHS.jsArticle}`;
    expect(pool.launched).toBe(false); // launched lazily
    const page = await pool.render(url);
    expect(pool.launched).toBe(true);
    const rendered = extractArticle(page.html, page.url);
    for (const paragraph of RENDERED_ARTICLE.paragraphs) expect(rendered.text).toContain(paragraph);

    const plainHtml = await (await fetch(url)).text();
    expect(extractArticle(plainHtml, url).text).not.toContain(RENDERED_ARTICLE.paragraphs[0]);
  });

  it('never requests images, fonts, media or stylesheets, but runs the scripts', () => {
    expect(web.requests(RENDER_PATHS.script)).toBeGreaterThan(0);
    expect(web.requests(RENDER_PATHS.data)).toBeGreaterThan(0);
    for (const path of [RENDER_PATHS.image, RENDER_PATHS.font, RENDER_PATHS.video, RENDER_PATHS.stylesheet]) {
      expect({ path, requests: web.requests(path) }).toEqual({ path, requests: 0 });
    }
  });

  it('dismisses a consent banner when the source gives its selector', async () => {
    const url = `${web.url}${RENDER_PATHS.consent}`;
    const [without, withSelector] = await Promise.all([
      pool.render(url),
      pool.render(url, { consentSelector: '#accept-cookies' }),
    ]);
    expect(without.consentDismissed).toBe(false);
    expect(extractArticle(without.html, url).text).not.toContain(RENDERED_ARTICLE.paragraphs[1]);
    expect(withSelector.consentDismissed).toBe(true);
    expect(withSelector.html).not.toContain('id="consent-overlay"');
    expect(extractArticle(withSelector.html, url).text).toContain(RENDERED_ARTICLE.paragraphs[1]);
  });

  it('reports a missing consent button as not dismissed, and a broken selector as an error', async () => {
    const url = `${web.url}${RENDER_PATHS.jsArticle}`;
    expect((await pool.render(url, { consentSelector: '#no-such-button' })).consentDismissed).toBe(false);
    await expect(pool.render(url, { consentSelector: 'button >> >> x' })).rejects.toThrow(
      /Consent selector "button >> >> x" failed/,
    );
  });

  it('times out a slow navigation with a clear error', async () => {
    const error = await pool
      .render(`${web.url}${RENDER_PATHS.slow}`, { navigationTimeoutMs: 800 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/Browser navigation timed out after 800 ms/),
    });
  });

  it('refuses connections the page makes to a private address that is not allowlisted, redirects included', async () => {
    const refusedBefore = pool.refusedConnections;
    const beacon = `${internalUrl}/beacon.js`;
    const viaRedirect = `${web.url}${RENDER_PATHS.redirect}?to=${encodeURIComponent(beacon)}`;
    for (const script of [beacon, viaRedirect]) {
      const page = await pool.render(`${web.url}${RENDER_PATHS.probe}?to=${encodeURIComponent(script)}`);
      expect(page.html).toContain('Một trang thử');
    }
    expect(internalHits).toBe(0);
    expect(pool.refusedConnections).toBeGreaterThanOrEqual(refusedBefore + 2);
  });

  it('refuses to navigate to a private address, directly or through a redirect', async () => {
    const direct = await pool.render(`${internalUrl}/`).catch((e: unknown) => e);
    expect(direct).toMatchObject({
      kind: 'blocked',
      message: expect.stringContaining('loopback address 127.0.0.2'),
    });
    const redirected = `${web.url}${RENDER_PATHS.redirect}?to=${encodeURIComponent(`${internalUrl}/admin`)}`;
    const viaRedirect = await pool.render(redirected).catch((e: unknown) => e);
    expect(viaRedirect).toMatchObject({ kind: 'blocked', message: expect.stringContaining('127.0.0.2') });
    expect(internalHits).toBe(0);
  });

  it('refuses to render once closed', async () => {
    const closing = createBrowserPool({ userAgent: 'PressWatch-test', allow: [] });
    await closing.close();
    await expect(closing.render(`${web.url}/`)).rejects.toThrow(/closed/);
  });
});

describe('createRequestGuard', () => {
  it('allows public and allowlisted addresses, refuses other private ones', async () => {
    const check = createRequestGuard(['127.0.0.1:8091'], async () => ['10.1.2.3']);
    expect(await check('http://127.0.0.1:8091/x.js')).toBeNull();
    expect(await check('http://127.0.0.1:8092/x.js')).toMatch(/loopback address 127\.0\.0\.1 port 8092/);
    expect(await check('http://intranet.example/')).toMatch(/private address 10\.1\.2\.3/);
    expect(await check('http://[::1]/')).toMatch(/loopback/);
    expect(await check('data:text/plain,hello')).toBeNull();
    expect(await check('file:///etc/passwd')).toMatch(/Only http and https/);
    const publicCheck = createRequestGuard([], async () => ['93.184.215.14']);
    expect(await publicCheck('https://news.example/a.js')).toBeNull();
  });
});

describe('guard proxy', () => {
  // What Chromium does for HTTPS and WebSockets: a CONNECT tunnel, answered by the first line.
  async function connectThrough(proxyUrl: string, target: string, then = ''): Promise<string> {
    const { port } = new URL(proxyUrl);
    const socket = connect(Number(port), '127.0.0.1');
    socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n${then}`);
    const chunks: Buffer[] = [];
    for await (const chunk of socket) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  it('tunnels to allowlisted addresses and refuses private ones at connect time', async () => {
    const target = createServer((_req, res) => res.end('tunnelled')).listen(0, '127.0.0.1');
    await new Promise((resolve) => target.once('listening', resolve));
    const targetPort = (target.address() as AddressInfo).port;
    const guard = createAddressGuard([`127.0.0.1:${targetPort}`], async () => ['10.0.0.9']);
    const proxy = await startGuardProxy(guard);
    try {
      const get = 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
      const allowed = await connectThrough(proxy.url, `127.0.0.1:${targetPort}`, get);
      expect(allowed).toMatch(/^HTTP\/1\.1 200 Connection Established/);
      expect(allowed).toContain('tunnelled');
      // A name that resolves to a private address, and a literal one: both refused.
      expect(await connectThrough(proxy.url, `intranet.example:${targetPort}`)).toMatch(/^HTTP\/1\.1 403/);
      expect(await connectThrough(proxy.url, '10.0.0.1:443')).toMatch(/^HTTP\/1\.1 403/);
      expect(proxy.refusals.count).toBe(2);
    } finally {
      await proxy.close();
      await new Promise((resolve) => target.close(resolve));
    }
  });
});
