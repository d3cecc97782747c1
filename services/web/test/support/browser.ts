// Debian's chromium through playwright-core (nothing downloaded), a 1366×768 laptop viewport, and
// a page that records what must never happen: page errors, console errors (CSP violations show up
// there), dialogs (alert/confirm/prompt).
import { type Browser, chromium, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** `status url` of every answer ≥ 400 the page received. */
  failedResponses: string[];
  /** Requests to any other origin than the app's (there must be none: nothing from the internet). */
  foreignRequests: string[];
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  lang: 'vi' | 'en' = 'vi',
): Promise<WatchedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
    locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  if (lang === 'en') await context.addInitScript(() => localStorage.setItem('presswatch.lang', 'en'));
  const page = await context.newPage();
  const watched: WatchedPage = {
    page,
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    failedResponses: [],
    foreignRequests: [],
  };
  page.on('console', (message) => {
    // Failed loads are in failedResponses, with their URL.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      watched.consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseUrl).origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
      watched.foreignRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      watched.failedResponses.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('dialog', async (dialog) => {
    watched.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return watched;
}

export async function logInAs(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form.login button[type="submit"]').click();
  await page.locator('nav a[href="/search"]').waitFor();
}
