// How the browser is started: Debian's chromium through playwright-core (which never downloads a
// browser). Playwright gives every launch a fresh temporary profile (--user-data-dir) and removes
// it on close. Signals are left to the process's shutdown registry, which calls BrowserPool.close.
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Quiet, sandbox-less (we run as a service user in a container), no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchOptions {
  executablePath: string;
  timeoutMs: number;
  /** Every connection goes through this proxy (the address guard), loopback included. */
  proxyUrl: string;
}

// playwright-core takes most of a second to import: loaded on the first render, not at start.
export async function launchChromium(options: LaunchOptions): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // Everything through the guard proxy, loopback too (Chromium bypasses proxies for it by
      // default), and WebRTC may not send UDP around it.
      `--proxy-server=${options.proxyUrl}`,
      '--proxy-bypass-list=<-loopback>',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    ],
    timeout: options.timeoutMs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
