// A small pool of browser pages for sources marked `render: true`: one Chromium behind one guard
// proxy, both started on the first render and shared, at most `maxPages` renders at once (each in
// its own context), closed by close() — the composition root registers that with the shutdown
// registry. A browser that crashes is launched again on the next render.
import type { Browser } from 'playwright-core';
import { createAddressGuard } from '../http/address-guard.ts';
import { type HostResolver, systemResolver } from '../http/policy.ts';
import { type GuardProxy, startGuardProxy } from './guard-proxy.ts';
import { DEFAULT_CHROMIUM_PATH, launchChromium } from './launch.ts';
import {
  type RenderedPage,
  type RenderRequest,
  type RenderSettings,
  renderInContext,
} from './render-page.ts';
import { requestCheckFor } from './request-guard.ts';
import { Slots } from './slots.ts';

export interface BrowserPoolOptions {
  userAgent: string;
  /** Exceptions to the private-address guard, in SafeFetchPolicy.allow syntax. */
  allow: readonly string[];
  /** Default /usr/bin/chromium (Debian's package). */
  executablePath?: string;
  /** Renders at once (default 2: each page is a renderer process of 100+ MB). */
  maxPages?: number;
  /** Default 20 000 ms. */
  navigationTimeoutMs?: number;
  /** After load, wait at most this long for the page's requests to stop (default 1 500 ms). */
  settleMs?: number;
  /** Requests stopped: none in flight for this long (default 200 ms). */
  quietMs?: number;
  /** Default 2 000 ms. */
  consentTimeoutMs?: number;
  /** Default 30 000 ms. */
  launchTimeoutMs?: number;
  /** Default image, media, font, stylesheet. */
  blockedResourceTypes?: readonly string[];
  resolver?: HostResolver;
}

export interface BrowserPool {
  /** Renders a page and returns its final HTML. Throws FetchError (timeout, blocked, http, network). */
  render(url: string, options?: Omit<RenderRequest, 'url'>): Promise<RenderedPage>;
  /** Whether Chromium is running now (it starts on the first render). */
  readonly launched: boolean;
  /** Connections the guard proxy refused so far. */
  readonly refusedConnections: number;
  close(): Promise<void>;
}

export const DEFAULT_BLOCKED_RESOURCE_TYPES = ['image', 'media', 'font', 'stylesheet'] as const;

interface Running {
  browser: Browser;
  proxy: GuardProxy;
}

export function createBrowserPool(options: BrowserPoolOptions): BrowserPool {
  const settings: RenderSettings = {
    userAgent: options.userAgent,
    navigationTimeoutMs: options.navigationTimeoutMs ?? 20_000,
    settleMs: options.settleMs ?? 1_500,
    quietMs: options.quietMs ?? 200,
    consentTimeoutMs: options.consentTimeoutMs ?? 2_000,
    blockedResourceTypes: new Set(options.blockedResourceTypes ?? DEFAULT_BLOCKED_RESOURCE_TYPES),
  };
  const guard = createAddressGuard(options.allow, options.resolver ?? systemResolver);
  const check = requestCheckFor(guard);
  const slots = new Slots(Math.max(1, options.maxPages ?? 2));
  let running: Promise<Running> | null = null;
  let current: Running | null = null;
  /** Refusals counted by proxies of browsers that crashed since. */
  let refusedBefore = 0;
  let closed = false;

  async function start(): Promise<Running> {
    const proxy = await startGuardProxy(guard);
    try {
      const browser = await launchChromium({
        executablePath: options.executablePath ?? DEFAULT_CHROMIUM_PATH,
        timeoutMs: options.launchTimeoutMs ?? 30_000,
        proxyUrl: proxy.url,
      });
      return { browser, proxy };
    } catch (error) {
      await proxy.close();
      throw error;
    }
  }

  function ensureRunning(): Promise<Running> {
    if (!running) {
      const starting = start();
      running = starting;
      const forget = () => {
        if (running === starting) running = null;
      };
      starting.then((started) => {
        current = started;
        started.browser.on('disconnected', () => {
          refusedBefore += started.proxy.refusals.count;
          if (current === started) current = null;
          void started.proxy.close();
          forget();
        });
      }, forget);
    }
    return running;
  }

  return {
    get launched() {
      return running !== null;
    },
    get refusedConnections() {
      return refusedBefore + (current?.proxy.refusals.count ?? 0);
    },
    async render(url, request = {}) {
      if (closed) throw new Error('The browser pool is closed');
      const release = await slots.acquire();
      try {
        if (closed) throw new Error('The browser pool is closed');
        const { browser, proxy } = await ensureRunning();
        return await renderInContext(browser, { ...request, url }, settings, { check, proxy });
      } finally {
        release();
      }
    },
    async close() {
      closed = true;
      const starting = running;
      running = null;
      const started = await starting?.catch(() => null);
      if (!started) return;
      await started.browser.close().catch(() => {});
      await started.proxy.close();
    },
  };
}
