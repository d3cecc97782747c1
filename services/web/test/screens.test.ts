// Screenshots of the main pages in Vietnamese and English at 1366×768 into
// test-output/screenshots/ (look at them), with checks a screenshot alone would not make: the
// language switched, every page has its heading, nothing overflows the laptop width, no errors.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, logInAs, openPage } from './support/browser.ts';
import { ADMIN, startUiHarness, type UiHarness } from './support/ui-harness.ts';

const OUT = fileURLToPath(new URL('../../../test-output/screenshots/', import.meta.url));
const NAV_SEARCH = { vi: 'Tìm kiếm', en: 'Search' } as const;

async function seed(harness: UiHarness) {
  const hits = (await harness.call(`/api/items?q=${encodeURIComponent('"Lao Bảo" OR "cửa khẩu"')}&limit=5`))
    .items;
  const dossier = await harness.call<{ id: string }>('/api/dossiers', {
    method: 'POST',
    body: {
      title: 'Thương mại qua cửa khẩu Lao Bảo',
      topic: 'border',
      summary: 'Các bài viết về kim ngạch.',
    },
  });
  await harness.call(`/api/dossiers/${dossier.id}/claims`, {
    method: 'POST',
    body: { itemId: hits[0].id, note: 'Cần đối chiếu số liệu.', quote: 'tăng mạnh' },
  });
  await harness.call('/api/arguments', {
    method: 'POST',
    body: {
      title: 'Thông quan nhanh hơn nhờ mô hình một cửa',
      statement: 'Thời gian thông quan mỗi xe đã giảm nhờ kiểm tra chung một lần dừng.',
      topics: ['border'],
      evidence: [
        {
          text: 'Thời gian thông quan còn khoảng 20 phút mỗi xe.',
          citation: 'Ban Quản lý cửa khẩu (thử nghiệm)',
        },
      ],
    },
  });
  const rule = await harness.call<{ id: string }>('/api/rules', {
    method: 'POST',
    body: { name: 'Cửa khẩu', query: '"cửa khẩu"' },
  });
  for (const hit of hits.slice(0, 2)) {
    await harness.runtime.adapters.stores.alerts.recordMatch({
      ruleId: rule.id,
      onePerCluster: false,
      item: { id: hit.id, clusterId: null, topics: [] },
      at: new Date().toISOString(),
    });
  }
  await harness.call('/api/digests', {
    method: 'POST',
    body: { userId: harness.adminUserId, email: 'lan@example.org', sendAt: '07:00' },
  });
  return { dossierId: dossier.id, itemId: hits[0].id as string };
}

describe('screenshots of the main pages in both languages (chromium, 1366×768)', () => {
  let harness: UiHarness;
  let browser: Browser;
  let pages: [string, string][];

  beforeAll(async () => {
    harness = await startUiHarness();
    browser = await launchBrowser();
    const { dossierId, itemId } = await seed(harness);
    pages = [
      ['search', `/search?q=${encodeURIComponent('biển OR "Lao Bảo"')}`],
      ['item', `/items/${itemId}`],
      ['dashboard', '/dashboard'],
      ['alerts', '/alerts'],
      ['rules', '/rules'],
      ['dossier', `/dossiers/${dossierId}`],
      ['arguments', '/arguments'],
      ['sources', '/sources'],
      ['topics', '/topics'],
      ['users', '/users'],
      ['digests', '/digests'],
    ];
    mkdirSync(OUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`renders every main page in ${lang}`, async () => {
      const watched = await openPage(browser, harness.baseUrl, lang);
      const { page } = watched;
      await page.goto('/');
      await page.locator('form.login').waitFor();
      await page.screenshot({ path: join(OUT, `${lang}-login.png`) });
      await logInAs(page, ADMIN.username, ADMIN.password);
      for (const [name, path] of pages) {
        await page.goto(path);
        await page.locator('main h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        if (name === 'dashboard') await page.locator('canvas').first().waitFor();
        await page.screenshot({ path: join(OUT, `${lang}-${name}.png`) });
        const layout = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          h1: document.querySelector('main h1')?.textContent ?? '',
          nav: document.querySelector('nav')?.textContent ?? '',
        }));
        expect(layout, name).toMatchObject({ lang, overflow: 0 });
        expect(layout.h1, name).not.toBe('');
        expect(layout.nav, name).toContain(NAV_SEARCH[lang]);
      }
      expect(watched.pageErrors).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      // Only the anonymous "who am I" before logging in may fail.
      expect(watched.failedResponses.filter((r) => r !== '401 /auth/me')).toEqual([]);
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.dialogs).toEqual([]);
      await page.context().close();
    }, 90_000);
  }
});
