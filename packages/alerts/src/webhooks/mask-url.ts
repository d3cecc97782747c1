// Chat webhook URLs are credentials (Slack's path, Telegram's bot token): outside the
// subscription record they appear as their origin only.
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/' && !parsed.search ? parsed.origin : `${parsed.origin}/…`;
  } catch {
    return '…';
  }
}

/** `text` with every occurrence of `url` (and its path) replaced by the masked form. */
export function withoutUrl(text: string, url: string): string {
  let out = text.split(url).join(maskUrl(url));
  try {
    const { pathname } = new URL(url);
    if (pathname.length > 1) out = out.split(pathname).join('/…');
  } catch {
    // not a URL: nothing more to hide
  }
  return out;
}
