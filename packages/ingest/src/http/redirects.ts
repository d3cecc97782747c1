// Deciding whether an answer is a redirect we follow, and where to. Every hop goes back through
// the guard, robots.txt and the per-host limiter in the client; this only counts and checks.
import type { IncomingHttpHeaders } from 'node:http';
import { FetchError } from '../errors.ts';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export class RedirectTrail {
  private readonly seen = new Set<string>();
  private hops = 0;

  constructor(
    first: URL,
    private readonly max: number,
  ) {
    this.seen.add(first.href);
  }

  /** The next URL when `status`/`headers` is a redirect; throws FetchError 'redirect' past the cap or on a loop. */
  next(from: URL, status: number, headers: IncomingHttpHeaders): URL | null {
    const location = headers.location;
    if (!REDIRECTS.has(status) || !location) return null;
    let target: URL;
    try {
      target = new URL(location, from);
    } catch (err) {
      throw new FetchError('redirect', `Redirect to an invalid URL "${location}": ${from.href}`, {
        url: from.href,
        status,
        cause: err,
      });
    }
    target.hash = '';
    if (this.seen.has(target.href)) {
      throw new FetchError('redirect', `Redirect loop back to ${target.href}: ${from.href}`, {
        url: from.href,
        status,
      });
    }
    if (this.hops >= this.max) {
      throw new FetchError(
        'redirect',
        `More than ${this.max} redirects, last to ${target.href}: ${from.href}`,
        { url: from.href, status },
      );
    }
    this.hops++;
    this.seen.add(target.href);
    return target;
  }
}
