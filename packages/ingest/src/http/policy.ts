// What an HttpClient is allowed to reach and how politely: the SSRF allowlist, name resolution,
// per-host limits, default timeouts and robots.txt handling. Everything but `allow` has a default.
import { lookup } from 'node:dns/promises';

/** Resolves a host name to IP address literals (both families welcome). */
export type HostResolver = (host: string) => Promise<string[]>;

export interface PhaseTimeouts {
  /** Name resolution, TCP connect and TLS handshake of a new connection. */
  connectMs: number;
  /** From the request being sent to the response headers (time to first byte). */
  headersMs: number;
  /** From the response headers to the last byte of the body. */
  bodyMs: number;
}

export interface RobotsPolicy {
  /** Honour robots.txt (default true). A request can still opt out (webhooks). */
  enabled?: boolean;
  /** The product token matched against User-agent lines; default: taken from the User-Agent. */
  token?: string;
  /** How long a fetched robots.txt is trusted (default 1 h). */
  ttlMs?: number;
  /** How long "robots.txt unreachable, so disallow" holds before retrying (default 5 min). */
  unreachableTtlMs?: number;
}

export interface SafeFetchPolicy {
  /**
   * Exceptions to the private-address guard: `host`, `host:port`, `IP`, `IP:port`, `[v6]:port`
   * or a CIDR range. Empty: only public unicast addresses are reached.
   */
  allow: string[];
  /** Name resolution; default the system resolver (getaddrinfo). Tests inject one. */
  resolver?: HostResolver;
  /** Requests in flight to one host (default 2). */
  perHostConcurrency?: number;
  /** Minimum time between the starts of two requests to one host (default 1000 ms). */
  perHostDelayMs?: number;
  /** Defaults for the per-phase timeouts; a request may override each. */
  timeouts?: Partial<PhaseTimeouts>;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  robots?: RobotsPolicy;
}

export interface ResolvedPolicy {
  allow: readonly string[];
  resolver: HostResolver;
  perHostConcurrency: number;
  perHostDelayMs: number;
  timeouts: PhaseTimeouts;
  maxRedirects: number;
  robots: Required<Omit<RobotsPolicy, 'token'>> & { token: string | null };
}

export const DEFAULT_TIMEOUTS: PhaseTimeouts = { connectMs: 10_000, headersMs: 20_000, bodyMs: 30_000 };

/** The system resolver: /etc/hosts and DNS, every address, in the resolver's order. */
export const systemResolver: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export function resolvePolicy(policy: SafeFetchPolicy): ResolvedPolicy {
  return {
    allow: [...policy.allow],
    resolver: policy.resolver ?? systemResolver,
    perHostConcurrency: positive(policy.perHostConcurrency, 2, 'perHostConcurrency'),
    perHostDelayMs: nonNegative(policy.perHostDelayMs, 1000, 'perHostDelayMs'),
    timeouts: {
      connectMs: positive(policy.timeouts?.connectMs, DEFAULT_TIMEOUTS.connectMs, 'timeouts.connectMs'),
      headersMs: positive(policy.timeouts?.headersMs, DEFAULT_TIMEOUTS.headersMs, 'timeouts.headersMs'),
      bodyMs: positive(policy.timeouts?.bodyMs, DEFAULT_TIMEOUTS.bodyMs, 'timeouts.bodyMs'),
    },
    maxRedirects: nonNegative(policy.maxRedirects, 5, 'maxRedirects'),
    robots: {
      enabled: policy.robots?.enabled ?? true,
      token: policy.robots?.token ?? null,
      ttlMs: nonNegative(policy.robots?.ttlMs, 3_600_000, 'robots.ttlMs'),
      unreachableTtlMs: nonNegative(policy.robots?.unreachableTtlMs, 300_000, 'robots.unreachableTtlMs'),
    },
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0)) throw new RangeError(`SafeFetchPolicy.${name} must be > 0, got ${value}`);
  return value;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value >= 0)) throw new RangeError(`SafeFetchPolicy.${name} must be >= 0, got ${value}`);
  return value;
}
