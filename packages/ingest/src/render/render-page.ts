// One render in its own browser context (own cookies and cache, closed afterwards):
//   check the URL → block resource types → navigate → let scripts settle → dismiss the consent
//   banner → final HTML. Every connection the page makes goes through the guard proxy.
import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { FetchError } from '../errors.ts';
import { type GuardProxy, REFUSED_HEADER } from './guard-proxy.ts';
import { type RequestTracker, trackRequests } from './quiet.ts';
import type { RequestCheck } from './request-guard.ts';

export interface RenderSettings {
  userAgent: string;
  navigationTimeoutMs: number;
  /** After the load event, wait up to this long for the network to go quiet (late scripts). */
  settleMs: number;
  /** "Quiet": no request in flight for this long. */
  quietMs: number;
  /** How long to wait for the consent button to appear. */
  consentTimeoutMs: number;
  /** Resource types never loaded (Playwright's request.resourceType()). */
  blockedResourceTypes: ReadonlySet<string>;
}

export interface RenderRequest {
  url: string;
  /** CSS selector of the button that dismisses a consent banner (Source.selectors.consent). */
  consentSelector?: string | null;
  signal?: AbortSignal;
  /** Overrides the pool's navigation timeout for this render. */
  navigationTimeoutMs?: number;
}

export interface RenderedPage {
  /** Final URL after redirects and script navigation. */
  url: string;
  /** Status of the main document, when it came over HTTP. */
  status: number | null;
  html: string;
  /** Whether a consent button was found and clicked. */
  consentDismissed: boolean;
  /** Requests not sent because of their resource type (images, fonts…). */
  blockedRequests: number;
}

/** A consent selector the page cannot even parse: the source's configuration is wrong. */
export class ConsentSelectorError extends Error {
  override readonly name = 'ConsentSelectorError';
}

export interface RenderGuard {
  /** The page URL's address check, for a clear error before anything starts. */
  check: RequestCheck;
  /** What enforces the policy on every connection; its refusals explain failed navigations. */
  proxy: GuardProxy;
}

export async function renderInContext(
  browser: Browser,
  request: RenderRequest,
  settings: RenderSettings,
  guard: RenderGuard,
): Promise<RenderedPage> {
  const refusal = await guard.check(request.url);
  if (refusal) throw new FetchError('blocked', refusal, { url: request.url });
  const context = await browser.newContext({
    userAgent: settings.userAgent,
    serviceWorkers: 'block', // a service worker's fetches would bypass the routes below
    acceptDownloads: false,
  });
  const onAbort = () => void context.close().catch(() => {});
  request.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const page = await context.newPage();
    const blocked = await blockResourceTypes(context, settings);
    return await navigate(page, request, settings, { blocked, proxy: guard.proxy }, trackRequests(page));
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    throw error;
  } finally {
    request.signal?.removeEventListener('abort', onAbort);
    await context.close().catch(() => {});
  }
}

interface NavigationGuard {
  /** Requests aborted so far for their resource type. */
  blocked: { count: number };
  proxy: GuardProxy;
}

async function blockResourceTypes(
  context: BrowserContext,
  settings: RenderSettings,
): Promise<{ count: number }> {
  const blocked = { count: 0 };
  await context.route('**/*', async (route: Route, req: Request) => {
    if (!settings.blockedResourceTypes.has(req.resourceType())) return route.continue().catch(() => {});
    blocked.count++;
    return route.abort('blockedbyclient').catch(() => {});
  });
  // WebSockets are not needed to read an article.
  await context.routeWebSocket(/.*/, (ws) => ws.close());
  return blocked;
}

async function navigate(
  page: Page,
  request: RenderRequest,
  settings: RenderSettings,
  guard: NavigationGuard,
  requests: RequestTracker,
): Promise<RenderedPage> {
  const timeoutMs = request.navigationTimeoutMs ?? settings.navigationTimeoutMs;
  page.setDefaultTimeout(timeoutMs);
  let response: Awaited<ReturnType<Page['goto']>>;
  try {
    response = await page.goto(request.url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (error) {
    throw navigationError(error, request.url, timeoutMs, guard);
  }
  const status = response?.status() ?? null;
  const refused = response ? await response.headerValue(REFUSED_HEADER) : null;
  if (refused) throw new FetchError('blocked', refused, { url: page.url() });
  if (status !== null && (status < 200 || status > 299)) {
    throw new FetchError('http', `HTTP ${status}: ${page.url()}`, { url: page.url(), status });
  }
  await requests.quiet(settings.quietMs, settings.settleMs);
  const consentDismissed = await dismissConsent(page, request.consentSelector, settings, requests);
  const html = await finalHtml(page, timeoutMs);
  return { url: page.url(), status, html, consentDismissed, blockedRequests: guard.blocked.count };
}

// A script or the consent click may navigate while we read: wait for that page, read once more.
async function finalHtml(page: Page, timeoutMs: number): Promise<string> {
  try {
    return await page.content();
  } catch {
    await page.waitForLoadState('load', { timeout: timeoutMs });
    return page.content();
  }
}

function navigationError(error: unknown, url: string, timeoutMs: number, guard: NavigationGuard): unknown {
  // An HTTPS hop (a redirect, say) the proxy refused surfaces as a failed tunnel.
  const message = error instanceof Error ? error.message : '';
  if (message.includes('ERR_TUNNEL_CONNECTION_FAILED') && guard.proxy.refusals.last) {
    return new FetchError('blocked', `Browser navigation refused: ${guard.proxy.refusals.last}`, {
      url,
      cause: error,
    });
  }
  if (isTimeout(error)) {
    return new FetchError('timeout', `Browser navigation timed out after ${timeoutMs} ms: ${url}`, {
      url,
      phase: 'total',
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new FetchError('network', `Browser navigation failed: ${url}: ${reason}`, { url, cause: error });
}

// No banner this time is normal (consent remembered, region without one); a selector that does
// not parse is a configuration error worth surfacing.
async function dismissConsent(
  page: Page,
  selector: string | null | undefined,
  settings: RenderSettings,
  requests: RequestTracker,
): Promise<boolean> {
  if (!selector?.trim()) return false;
  const button = page.locator(selector).first();
  try {
    await button.click({ timeout: settings.consentTimeoutMs });
  } catch (error) {
    if (isTimeout(error)) return false;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConsentSelectorError(`Consent selector "${selector}" failed: ${reason}`);
  }
  await requests.quiet(settings.quietMs, settings.settleMs);
  return true;
}

// Playwright's TimeoutError, recognised without importing playwright-core eagerly.
function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
