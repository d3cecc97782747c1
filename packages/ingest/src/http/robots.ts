// robots.txt, fetched through the same guarded client and cached per origin. RFC 9309: a 4xx
// (other than 429) means no rules; a 429, 5xx or network failure means "assume complete
// disallow" until it can be read — cached for a shorter time so a recovered site is retried soon.
// When robots.txt could not be fetched at all (network, timeout), the page fails with that kind,
// which says more about the site than 'robots' would.
import robotsModule from 'robots-parser';
import { FetchError } from '../errors.ts';
import type { HttpFetchOptions } from './types.ts';

// robots-parser is CommonJS whose module.exports is the function; its typings declare it as a
// default export, which NodeNext reads as a property. At run time the import is the function.
type RobotsParser = typeof robotsModule.default;
const robotsParser = robotsModule as unknown as RobotsParser;
type Robot = ReturnType<RobotsParser>;

type Verdict =
  | { kind: 'rules'; robot: Robot }
  | { kind: 'allow-all' }
  | { kind: 'unreachable'; cause: FetchError };

/** Fetches a robots.txt body with the request's settings; rejects with FetchError like httpFetch. */
export type RobotsLoader = (robotsUrl: string, request: HttpFetchOptions) => Promise<string>;

export interface RobotsQuery {
  /** The product token matched against User-agent lines. */
  token: string;
  /** The page request: its User-Agent and timeouts are used when robots.txt has to be fetched. */
  request: HttpFetchOptions;
}

export interface RobotsCacheOptions {
  ttlMs: number;
  unreachableTtlMs: number;
  /** Origins remembered at most (oldest forgotten first). */
  maxEntries?: number;
}

export class RobotsCache {
  private readonly verdicts = new Map<string, { verdict: Verdict; expiresAt: number }>();
  private readonly loading = new Map<string, Promise<Verdict>>();

  constructor(
    private readonly load: RobotsLoader,
    private readonly options: RobotsCacheOptions,
  ) {}

  /** Throws FetchError 'robots' when `url` may not be fetched by `query.token`. */
  async assertAllowed(url: URL, query: RobotsQuery): Promise<void> {
    const { token, request } = query;
    const verdict = await untilAborted(this.verdictFor(url.origin, request), request.signal).catch((err) => {
      // The guard refused the host while fetching robots.txt: report it for the page asked for.
      if (!(err instanceof FetchError) || err.kind !== 'blocked') throw err;
      throw new FetchError('blocked', err.message, { url: url.href, cause: err });
    });
    if (verdict.kind === 'allow-all') return;
    if (verdict.kind === 'unreachable') throw unreachable(url, verdict.cause);
    if (verdict.robot.isAllowed(url.href, token) === false) {
      throw new FetchError(
        'robots',
        `robots.txt of ${url.origin} disallows this URL for ${token}: ${url.href}`,
        { url: url.href },
      );
    }
  }

  private verdictFor(origin: string, request: HttpFetchOptions): Promise<Verdict> {
    const cached = this.verdicts.get(origin);
    if (cached && cached.expiresAt > Date.now()) return Promise.resolve(cached.verdict);
    let pending = this.loading.get(origin);
    if (!pending) {
      pending = this.fetchVerdict(origin, request).finally(() => this.loading.delete(origin));
      this.loading.set(origin, pending);
    }
    return pending;
  }

  private async fetchVerdict(origin: string, request: HttpFetchOptions): Promise<Verdict> {
    const robotsUrl = `${origin}/robots.txt`;
    let verdict: Verdict;
    try {
      verdict = { kind: 'rules', robot: robotsParser(robotsUrl, await this.load(robotsUrl, request)) };
    } catch (err) {
      // The guard's refusal concerns the site itself, not its robots.txt: say so, cache nothing.
      if (!(err instanceof FetchError) || err.kind === 'blocked') throw err;
      const status = err.status ?? 0;
      const absent = err.kind === 'http' && status >= 400 && status < 500 && status !== 429;
      verdict = absent ? { kind: 'allow-all' } : { kind: 'unreachable', cause: err };
    }
    this.remember(origin, verdict);
    return verdict;
  }

  private remember(origin: string, verdict: Verdict): void {
    const ttl = verdict.kind === 'unreachable' ? this.options.unreachableTtlMs : this.options.ttlMs;
    this.verdicts.delete(origin);
    if (this.verdicts.size >= (this.options.maxEntries ?? 10_000)) {
      const oldest = this.verdicts.keys().next().value;
      if (oldest !== undefined) this.verdicts.delete(oldest);
    }
    this.verdicts.set(origin, { verdict, expiresAt: Date.now() + ttl });
  }
}

function unreachable(url: URL, cause: FetchError): FetchError {
  const why = cause.kind === 'http' ? `HTTP ${cause.status}` : cause.message;
  const kind = cause.kind === 'network' || cause.kind === 'timeout' ? cause.kind : 'robots';
  return new FetchError(
    kind,
    `robots.txt of ${url.origin} could not be read (${why}), so nothing there is fetched for now: ${url.href}`,
    {
      url: url.href,
      phase: cause.phase,
      cause,
    },
  );
}

/**
 * The product token robots.txt groups are matched against: the first token of the User-Agent
 * (`PressWatch/0.1 (+https://…)` → `PressWatch`), or the bot's name inside a browser-style
 * string (`Mozilla/5.0 (compatible; PressWatch/0.1)` → `PressWatch`).
 */
export function robotsTokenOf(userAgent: string): string {
  const compatible = /compatible;\s*([A-Za-z0-9_-]+)/.exec(userAgent);
  if (/^\s*Mozilla\//i.test(userAgent) && compatible?.[1]) return compatible[1];
  return /^\s*([A-Za-z0-9_-]+)/.exec(userAgent)?.[1] ?? '*';
}

// Many callers share one robots.txt fetch; one caller giving up must not cancel it for the rest.
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
