// Test helpers: a client that allowlists exactly the hostile server's host:port, with a
// resolver the test controls (no real DNS is ever asked).
import { createHttpClient, FetchError, type HttpClient, type SafeFetchPolicy } from '@presswatch/ingest';
import { expect } from 'vitest';
import type { CountingServer } from './server.ts';

export const USER_AGENT = 'PressWatchTest/1.0 (+https://presswatch.example/bot)';

/** Answers per host name, consumed in order; the last one repeats. */
export type FakeDns = Record<string, string[][]>;

export interface TestResolver {
  resolve: (host: string) => Promise<string[]>;
  /** How many times each name was resolved. */
  calls: Map<string, number>;
}

export function fakeResolver(dns: FakeDns): TestResolver {
  const calls = new Map<string, number>();
  return {
    calls,
    resolve: async (host) => {
      const answers = dns[host];
      const n = calls.get(host) ?? 0;
      calls.set(host, n + 1);
      if (!answers) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return answers[Math.min(n, answers.length - 1)] ?? [];
    },
  };
}

/** A client for the hostile web: only 127.0.0.1:<its port> is allowed, no per-host delay. */
export function hostileClient(
  web: CountingServer,
  resolver: TestResolver = fakeResolver({}),
  policy: Partial<SafeFetchPolicy> = {},
): HttpClient {
  return createHttpClient({
    allow: [`127.0.0.1:${web.port}`],
    resolver: resolver.resolve,
    perHostDelayMs: 0,
    perHostConcurrency: 4,
    ...policy,
  });
}

/** The FetchError a fetch fails with (fails the test if it resolves or throws anything else). */
export async function fetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}
