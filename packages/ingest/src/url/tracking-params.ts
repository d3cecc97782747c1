// Query parameters that only say where a click came from. Dropping them makes the same article
// shared through Facebook, Zalo, a newsletter or our own feed one canonical URL.

/** Any parameter starting with one of these (utm_source, utm_medium, …). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_'];

export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Ad and social click ids
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  // Zalo shares, common for Vietnamese news
  'zarsrc',
  'gidzl',
  // Mailing lists and analytics
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  // Referrer markers
  'ref_src',
  'ref_url',
]);

/**
 * Whether a query parameter is tracking noise. `ref` is dropped only when its value is not a
 * number: `?ref=twitter` is a referrer marker, `?ref=1234` may well identify the page.
 */
export function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  if (TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  return key === 'ref' && !/^\d+$/.test(value);
}
