// Who owns a host name: the registrable domain for ordinary sites, the whole tenant host on
// shared hosting where every subdomain is someone else's site. A page may only claim URLs of
// its own owner (see page-urls.ts), so this is the line between "same outlet" and "another one".

// Second-level labels under which registrations happen in country-code TLDs (com.vn, gov.vn,
// co.uk…). An approximation of the public suffix list that fits news sites.
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'info', 'int', 'biz', 'name']);

// Platforms whose subdomains belong to different people: alice.blogspot.com must not speak for
// bob.blogspot.com. The private part of the public suffix list, cut down to blog and page hosts.
const SHARED_HOSTING = [
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'medium.com',
  'tumblr.com',
  'github.io',
  'gitlab.io',
  'wixsite.com',
  'weebly.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudfront.net',
];

/** The registrable domain of a host, approximately ("m.baoquangtri.vn" → "baoquangtri.vn"). */
export function siteOf(hostname: string): string {
  const host = normalHost(hostname);
  if (isAddress(host)) return host;
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  const second = labels.at(-2) ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * The owner of a host: siteOf, except on shared hosting where it is the tenant's own host
 * ("www.alice.blogspot.com" → "alice.blogspot.com"). IP literals are their own owner.
 */
export function ownerOf(hostname: string): string {
  const host = normalHost(hostname);
  if (isAddress(host)) return host;
  const platform = SHARED_HOSTING.find((suffix) => host === suffix || host.endsWith(`.${suffix}`));
  if (!platform) return siteOf(host);
  const tenant = host
    .slice(0, -platform.length - 1)
    .split('.')
    .at(-1);
  return tenant ? `${tenant}.${platform}` : platform;
}

/** ownerOf for a URL string; null when it does not parse. */
export function ownerOfUrl(url: string): string | null {
  try {
    return ownerOf(new URL(url).hostname);
  } catch {
    return null;
  }
}

function normalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

function isAddress(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':') || host.startsWith('[');
}
