// Crawled pages are hostile. An article served with script tags, onerror/onclick/onload handlers,
// javascript: links and a style tag goes through the real pipeline and is opened in the browser:
// nothing executes (the payload's window flag stays unset, no dialog, no page error, no CSP
// violation, since nothing executable reached the DOM for CSP to stop).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInAs, openPage, type WatchedPage } from './support/browser.ts';
import { HOSTILE_TITLE } from './support/hostile-site.ts';
import { ADMIN, startUiHarness, type UiHarness } from './support/ui-harness.ts';

const RAW_HOSTILE_HTML = `<p>Đoạn mở đầu an toàn.</p><script>window.__pwned='raw-script';alert(1)</script>
<p><img src="/x.png" onerror="window.__pwned='raw-onerror'"> giữa đoạn <a href="javascript:window.__pwned='raw-link'">liên kết độc</a>
<a href="https://example.org/ok" onclick="window.__pwned='raw-onclick'">liên kết thật</a></p>
<style>body{display:none}</style><svg><script>window.__pwned='svg'</script></svg>
<iframe srcdoc="<script>parent.__pwned='frame'</script>"></iframe><form action="javascript:alert(1)"><button>gửi</button></form>`;

async function domFindings(page: Page) {
  return page.evaluate(() => {
    const body = document.querySelector('.article-body');
    const all = body ? [...body.querySelectorAll('*')] : [];
    return {
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      scripts: document.querySelectorAll(
        ['script', 'iframe', 'style', 'svg', 'form', 'img'].map((t) => `.article-body ${t}`).join(','),
      ).length,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      jsLinks: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
      links: [...(body?.querySelectorAll('a[href]') ?? [])].map((a) => ({
        href: a.getAttribute('href'),
        rel: a.getAttribute('rel'),
      })),
      text: body?.textContent ?? '',
    };
  });
}

async function clickEverything(page: Page): Promise<void> {
  for (const link of await page.locator('.article-body a').all())
    await link.click({ modifiers: ['Control'] }).catch(() => {});
}

describe('hostile crawled HTML in the item view (chromium)', () => {
  let harness: UiHarness;
  let browser: Browser;
  let watched: WatchedPage;
  let itemId: string;

  beforeAll(async () => {
    harness = await startUiHarness();
    browser = await launchBrowser();
    watched = await openPage(browser, harness.baseUrl);
    await logInAs(watched.page, ADMIN.username, ADMIN.password);
    const hits = await harness.call(`/api/items?q=${encodeURIComponent(`title:"${HOSTILE_TITLE}"`)}`);
    itemId = hits.items[0].id;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('renders the crawled article from the pipeline without running any of it', async () => {
    const { page } = watched;
    const served = await harness.call(`/api/items/${itemId}`);
    expect(served.contentHtml).toEqual(expect.stringContaining('rừng phi lao'));
    await page.goto(`/items/${itemId}`);
    await page.locator('.article-body').waitFor();
    await clickEverything(page);
    const found = await domFindings(page);
    expect(found.text).toContain('rừng phi lao');
    expect(found).toMatchObject({ pwned: null, scripts: 0, handlers: [], jsLinks: 0 });
    for (const link of found.links) expect(link).toMatchObject({ href: expect.stringMatching(/^https?:/) });
    expect(watched.dialogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
  });

  it('still neutralises hostile HTML if the server ever sent it unsanitised (the browser pass)', async () => {
    const { page } = watched;
    // Simulates a regression of the server's sanitiser: the real item, with raw hostile contentHtml.
    const item = await harness.call(`/api/items/${itemId}`);
    watched.consoleErrors.length = 0;
    await page.route(`**/api/items/${itemId}`, (route) =>
      route.fulfill({ json: { ...item, contentHtml: RAW_HOSTILE_HTML } }),
    );
    await page.goto(`/items/${itemId}`);
    await page.locator('.article-body', { hasText: 'Đoạn mở đầu an toàn' }).waitFor();
    await clickEverything(page);
    const found = await domFindings(page);
    expect(found).toMatchObject({ pwned: null, scripts: 0, handlers: [], jsLinks: 0 });
    expect(found.links).toEqual([{ href: 'https://example.org/ok', rel: 'noopener noreferrer nofollow' }]);
    expect(watched.dialogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    // Chromium reports CSP violations when DOMPurify merely *parses* the payload in its inert
    // DOMParser document (it inherits the page's CSP); nothing runs. Those reports name the
    // payload's inline handlers and styles; anything else would be our own code breaking the CSP.
    const ours = watched.consoleErrors.filter((m) => !/inline event handler|inline style/.test(m));
    expect(ours).toEqual([]);
    await page.unroute(`**/api/items/${itemId}`);
  });
});
