// The analysts' day in a real browser against the real API and the fixture web's items: log in,
// search with and without diacritics, open an item, add it to a dossier and export DOCX, triage
// an alert, save a rule from the editor.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vi } from '../src/i18n/vi.ts';
import { launchBrowser, logInAs, openPage, type WatchedPage } from './support/browser.ts';
import { docxText } from './support/docx-text.ts';
import { ADMIN, startUiHarness, type UiHarness } from './support/ui-harness.ts';

const VI_LAO_BAO = 'Kim ngạch qua cửa khẩu Lao Bảo tăng mạnh trong sáu tháng đầu năm';
const SAVED_VI = vi.feedbackSaved;
const EN_LAO_BAO = 'Trucks queue at Lao Bao as Vietnam–Laos border trade picks up';

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
  await page.locator('.result-bar').waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return page.locator('.result h2').allInnerTexts();
}

describe('web UI workflows (chromium)', () => {
  let harness: UiHarness;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    harness = await startUiHarness();
    browser = await launchBrowser();
    watched = await openPage(browser, harness.baseUrl);
    page = watched.page;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('refuses a wrong password and logs in with the right one', async () => {
    await page.goto('/');
    await page.locator('input[name="username"]').fill(ADMIN.username);
    await page.locator('input[name="password"]').fill('not-the-password-1');
    await page.locator('form.login button[type="submit"]').click();
    await expect
      .poll(() => page.locator('form.login [role="alert"]').textContent())
      .toContain('Sai tên đăng nhập');
    await logInAs(page, ADMIN.username, ADMIN.password);
    expect(await page.locator('.topbar').textContent()).toContain(`(${ADMIN.username})`);
  });

  it('finds the exact form with diacritics and every form without them, with highlights', async () => {
    await page.goto('/search');
    const exact = await search(page, '"Lao Bảo"');
    expect(exact).toContain(VI_LAO_BAO);
    expect(exact).not.toContain(EN_LAO_BAO);
    const folded = await search(page, '"lao bao"');
    expect(folded).toEqual(expect.arrayContaining([VI_LAO_BAO, EN_LAO_BAO]));
    expect(await page.locator('.result mark').count()).toBeGreaterThan(0);
    expect(await page.locator('.result mark').first().textContent()).toMatch(/lao|bao|bảo/i);
  });

  it('saves the search with an Atom feed and exports it as CSV', async () => {
    await page.goto(`/search?q=${encodeURIComponent('"Lao Bảo"')}`);
    await page.locator('button', { hasText: 'Lưu tìm kiếm' }).click();
    await page.locator('.inline-form input').fill('Lao Bảo');
    await page.locator('.inline-form button[type="submit"]').click();
    const atom = page.locator('a.atom-link');
    await atom.waitFor();
    const feed = await fetch(new URL((await atom.getAttribute('href'))!, harness.baseUrl));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(VI_LAO_BAO);
    const csvHref = await page.locator('a', { hasText: 'Xuất CSV' }).getAttribute('href');
    const csv = await page.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(VI_LAO_BAO);
  });

  it('shows a query syntax error at its column', async () => {
    await page.goto('/search');
    await page.locator('#q').fill('biển AND (đảo');
    await page.locator('#q').press('Enter');
    const error = page.locator('#query-error');
    await error.waitFor();
    const problem = await harness
      .call(`/api/items?q=${encodeURIComponent('biển AND (đảo')}`)
      .catch((e: Error) => JSON.parse(e.message.slice(e.message.indexOf('{'))) as { column: number });
    expect(await error.textContent()).toContain(`cột ${problem.column}`);
    expect(await page.locator('#q').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a query typed before the search box first settles, then follows the URL', async () => {
    // Preact runs effects after the next frame, or 35 ms after a render when no frame comes (a
    // slow machine). Here frames never come and that fallback waits 1.5 s, so the query is typed
    // before the form's first effects run, as it can be on a loaded machine.
    const slow = await openPage(browser, harness.baseUrl);
    try {
      await logInAs(slow.page, ADMIN.username, ADMIN.password);
      await slow.page.addInitScript(() => {
        window.requestAnimationFrame = () => 0;
        const setTimer = window.setTimeout;
        window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
          setTimer(handler, delay === 35 ? 1_500 : delay, ...rest)) as typeof window.setTimeout;
      });
      const query = 'biển AND (đảo';
      await slow.page.goto('/search');
      await slow.page.locator('#q').fill(query);
      await slow.page.locator('.result-bar').waitFor(); // the first effects have run
      expect(await slow.page.locator('#q').inputValue()).toBe(query);
      await slow.page.locator('#q').press('Enter');
      await slow.page.locator('#query-error').waitFor();
      await slow.page.goBack();
      await expect.poll(() => slow.page.locator('#q').inputValue(), { timeout: 10_000 }).toBe('');
      expect(slow.pageErrors).toEqual([]);
    } finally {
      await slow.page.context().close();
    }
  });

  it('narrows the search with a topic facet and a tone band, and widens it again', async () => {
    await page.goto('/search');
    const status = page.locator('.result-bar [role="status"]');
    const firstTopic = page.locator('[data-facet="topic"] button.facet').first();
    await firstTopic.waitFor();
    const topic = (await firstTopic.getAttribute('data-value'))!;
    const topicCount = Number(await firstTopic.locator('.count').textContent());
    const everything = await harness.call<{ total: number }>('/api/items?limit=1');
    expect(topicCount).toBeGreaterThan(0);
    expect(topicCount).toBeLessThan(everything.total);

    await firstTopic.click();
    await page.waitForFunction((v) => new URLSearchParams(location.search).get('topic') === v, topic);
    await expect.poll(() => status.textContent()).toBe(`${topicCount} kết quả`);
    const topicButton = page.locator(`[data-facet="topic"] button[data-value="${topic}"]`);
    expect(await topicButton.getAttribute('aria-pressed')).toBe('true');
    const expected = await harness.call<{ items: { title: string }[] }>(
      `/api/items?limit=20&topic=${encodeURIComponent(topic)}`,
    );
    expect(await page.locator('.result h2').allInnerTexts()).toEqual(expected.items.map((i) => i.title));

    const band = page.locator('[data-facet="tone"] button.facet').first();
    const tone = (await band.getAttribute('data-value'))!;
    const toneCount = Number(await band.locator('.count').textContent());
    await band.click();
    await page.waitForFunction((v) => new URLSearchParams(location.search).get('tone') === v, tone);
    await expect.poll(() => status.textContent()).toBe(`${toneCount} kết quả`);
    const both = await harness.call<{ total: number }>(
      `/api/items?limit=1&topic=${encodeURIComponent(topic)}&tone=${tone}`,
    );
    expect(both.total).toBe(toneCount);

    await page.locator('button', { hasText: 'Bỏ lọc' }).click();
    await page.waitForFunction(() => location.search === '');
    await expect.poll(() => status.textContent()).toBe(`${everything.total} kết quả`);
  });

  it('opens an item with its text, metadata and the original link', async () => {
    await page.goto(`/search?q=${encodeURIComponent('"Lao Bảo"')}`);
    await page.locator('.result h2 a', { hasText: VI_LAO_BAO }).click();
    await page.locator('#item-title').waitFor();
    expect(await page.locator('#item-title').textContent()).toBe(VI_LAO_BAO);
    expect(await page.locator('.article-body').textContent()).toMatch(/Lao Bảo/);
    // The classifier's matched places are kept on the item and listed.
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const stored = await harness.call<{ places?: string[] }>(`/api/items/${encodeURIComponent(id)}`);
    expect(stored.places?.length).toBeGreaterThan(0);
    expect(await page.locator('p.places').textContent()).toBe(stored.places!.join(', '));
    const original = page.locator('a.original-link');
    expect(await original.getAttribute('rel')).toContain('noopener');
    expect(await original.getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('names the matched topics and records feedback with a topic picked from the list', async () => {
    const hit = (await harness.call(`/api/items?q=${encodeURIComponent(`title:"${VI_LAO_BAO}"`)}`)).items[0];
    const item = await harness.call<{ topics: { topic: string }[] }>(`/api/items/${hit.id}`);
    await page.goto(`/items/${hit.id}`);
    await page.locator('#item-title').waitFor();
    const topics = await harness.call<{ topics: { id: string; names: { vi: string } }[] }>('/api/topics');
    const border = topics.topics.find((t) => t.id === 'border')!;
    expect(item.topics.map((t) => t.topic)).toContain('border');
    await expect.poll(() => page.locator('section strong').allInnerTexts()).toContain(border.names.vi);

    const absent = topics.topics.find((t) => !item.topics.some((x) => x.topic === t.id))!;
    const feedback = page.locator('section.feedback');
    await feedback.locator('select').selectOption(absent.id);
    await feedback.locator('button', { hasText: 'Gắn chủ đề' }).click();
    await expect.poll(() => feedback.locator('[role="status"]').textContent()).toContain(SAVED_VI);
    const log = await harness.call<{ feedback: { kind: string; topic?: string }[] }>(
      `/api/items/${hit.id}/feedback`,
    );
    expect(log.feedback).toContainEqual(expect.objectContaining({ kind: 'topic_added', topic: absent.id }));
  });

  it('adds the item to a dossier and exports a DOCX with it', async () => {
    const dossier = await harness.call<{ id: string }>('/api/dossiers', {
      method: 'POST',
      body: { title: 'Hồ sơ thử: thương mại qua Lao Bảo', topic: 'border' },
    });
    const hit = (await harness.call(`/api/items?q=${encodeURIComponent(`title:"${VI_LAO_BAO}"`)}`)).items[0];
    await page.goto(`/items/${hit.id}`);
    const form = page.locator('form.add-to-dossier');
    await form.locator('select').selectOption(dossier.id);
    await form.locator('textarea').first().fill('Số liệu cần đối chiếu với hải quan.');
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.locator('[role="status"]').textContent()).toContain('Đã thêm');

    await page.goto(`/dossiers/${dossier.id}`);
    await page.locator('.section.claim').first().waitFor();
    expect(await page.locator('.section.claim').first().textContent()).toContain(VI_LAO_BAO);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: 'Xuất DOCX' }).click(),
    ]);
    const text = docxText(readFileSync((await download.path())!));
    expect(text).toContain('Hồ sơ thử: thương mại qua Lao Bảo');
    expect(text).toContain(VI_LAO_BAO);
  });

  it('attaches a suggested argument card, moves it first and exports Markdown with both', async () => {
    const { dossiers } = await harness.call<{ dossiers: { id: string; title: string }[] }>('/api/dossiers');
    const dossier = dossiers.find((d) => d.title === 'Hồ sơ thử: thương mại qua Lao Bảo')!;
    await harness.call('/api/arguments', {
      method: 'POST',
      body: {
        title: 'Thông quan một cửa rút ngắn thời gian',
        statement: 'Kiểm tra chung một lần dừng giảm thời gian chờ của mỗi xe.',
        topics: ['border'],
        evidence: [{ text: 'Khoảng 20 phút mỗi xe.', citation: 'Ban Quản lý cửa khẩu (thử)' }],
      },
    });
    await page.goto(`/dossiers/${dossier.id}`);
    const card = page.locator('.card-list li', { hasText: 'Thông quan một cửa rút ngắn thời gian' });
    await card.locator('button', { hasText: 'Đính kèm' }).click();
    const argument = page.locator('.section.argument');
    await argument.waitFor();
    await argument.locator('button', { hasText: 'Lên' }).click();
    await expect.poll(() => page.locator('.section').first().getAttribute('class')).toContain('argument');
    const stored = await harness.call<{ sections: { kind: string }[] }>(`/api/dossiers/${dossier.id}`);
    expect(stored.sections.map((s) => s.kind)).toEqual(['argument', 'claim']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a', { hasText: 'Xuất Markdown' }).click(),
    ]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown.indexOf('Thông quan một cửa rút ngắn thời gian')).toBeGreaterThan(-1);
    expect(markdown).toContain(VI_LAO_BAO);
  });

  it('acknowledges, notes and resolves an alert in the inbox', async () => {
    const rule = await harness.call<{ id: string }>('/api/rules', {
      method: 'POST',
      body: { name: 'Cửa khẩu', query: '"cửa khẩu"' },
    });
    const hit = (await harness.call(`/api/items?q=${encodeURIComponent('"cửa khẩu"')}`)).items[0];
    await harness.runtime.adapters.stores.alerts.recordMatch({
      ruleId: rule.id,
      onePerCluster: false,
      item: { id: hit.id, clusterId: null, topics: [] },
      at: new Date().toISOString(),
    });
    await page.goto('/alerts');
    const card = page.locator('.alert-card', { hasText: 'Cửa khẩu' }).first();
    await card.locator('button', { hasText: 'Đánh dấu đã xem' }).click();
    await expect.poll(() => card.locator('.status-badge').textContent()).toBe('Đã xem');
    await card.locator('label', { hasText: 'Ghi chú' }).locator('input').fill('Đã báo phòng phụ trách.');
    await card.locator('button', { hasText: 'Thêm ghi chú' }).click();
    await expect.poll(() => card.locator('.notes').textContent()).toContain('Đã báo phòng phụ trách.');
    await card.locator('button', { hasText: 'Đóng cảnh báo' }).click();
    await expect.poll(() => card.locator('.status-badge').textContent()).toBe('Đã xử lý');
    const stored = await harness.call<{ alerts: { status: string; notes: { text: string }[] }[] }>(
      `/api/alerts?ruleId=${rule.id}`,
    );
    expect(stored.alerts[0]).toMatchObject({
      status: 'resolved',
      notes: [expect.objectContaining({ text: 'Đã báo phòng phụ trách.' })],
    });
  });

  it('previews and saves a rule from the editor', async () => {
    await page.goto('/rules');
    await page.locator('button', { hasText: 'Quy tắc mới' }).click();
    const editor = page.locator('form.rule-editor');
    await editor.locator('input[name="name"]').fill('Biển đảo Cồn Cỏ');
    await editor.locator('textarea[name="query"]').fill('"Cồn Cỏ"');
    await editor.locator('button', { hasText: 'Xem trước' }).click();
    await expect.poll(() => editor.locator('.preview').textContent()).toMatch(/Khớp [1-9]\d* bài/);
    await editor.locator('button[type="submit"]').click();
    await page.locator('td', { hasText: 'Biển đảo Cồn Cỏ' }).waitFor();
    const { rules } = await harness.call<{ rules: { name: string; query: string }[] }>('/api/rules');
    expect(rules).toContainEqual(expect.objectContaining({ name: 'Biển đảo Cồn Cỏ', query: '"Cồn Cỏ"' }));
  });

  it('adds a source in the sources admin, then disables it', async () => {
    await page.goto('/sources');
    await page.locator('button', { hasText: 'Thêm nguồn' }).click();
    const form = page.locator('form.source-form');
    await form.locator('label', { hasText: 'Mã nguồn' }).locator('input').fill('bao-moi-thu');
    await form.locator('label', { hasText: 'Tên' }).locator('input').fill('Báo Mới Thử');
    await form
      .locator('label', { hasText: 'Địa chỉ' })
      .locator('input')
      .fill(`${harness.web.url}/moi/feed.xml`);
    await form.locator('button[type="submit"]').click();
    const row = page.locator('tr', { hasText: 'Báo Mới Thử' });
    await row.locator('button', { hasText: 'Tắt' }).click();
    await expect.poll(async () => (await harness.call('/api/sources/bao-moi-thu')).enabled).toBe(false);
    expect(await harness.call('/api/sources/bao-moi-thu')).toMatchObject({
      name: 'Báo Mới Thử',
      kind: 'feed',
    });
  });

  it('ran every page without script errors or CSP violations', () => {
    expect(watched.pageErrors).toEqual([]);
    expect(watched.consoleErrors.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});
