// The WebhookSender on the safe-fetch module: every delivery goes through @presswatch/ingest's
// client, so the SSRF guard (private, loopback and link-local addresses refused at connect time
// unless allowlisted), timeouts and size caps apply. robots.txt does not: the receiver asked for
// these requests. Rate limits are per subscription (deliver-job.ts), so no per-host delay here.
import { createHttpClient, FetchError, httpFetch } from '@presswatch/ingest';
import { WebhookSendError, type WebhookSender } from './webhook-sender.ts';

export interface SafeSenderOptions {
  /** Private hosts, addresses or ranges receivers may live at (tests: "127.0.0.1"). */
  allow: readonly string[];
  userAgent: string;
  timeoutMs: number;
}

/** A receiver's answer is read and dropped; this caps it. */
const MAX_ANSWER_BYTES = 64 * 1024;

export function createSafeWebhookSender(options: SafeSenderOptions): { send: WebhookSender; close(): void } {
  const client = createHttpClient({
    allow: [...options.allow],
    perHostConcurrency: 4,
    perHostDelayMs: 0,
    maxRedirects: 2,
    robots: { enabled: false },
  });
  const send: WebhookSender = async (request) => {
    try {
      const response = await httpFetch(request.url, {
        client,
        method: 'POST',
        body: request.body,
        headers: { ...request.headers, 'content-type': request.contentType },
        userAgent: request.headers['User-Agent'] ?? options.userAgent,
        accept: 'application/json, text/plain;q=0.9, */*;q=0.1',
        timeoutMs: options.timeoutMs,
        maxBytes: MAX_ANSWER_BYTES,
        robots: false,
        signal: request.signal,
      });
      return { status: response.status };
    } catch (error) {
      if (request.signal?.aborted) throw error;
      if (error instanceof FetchError) {
        // The receiver took it and answered at length: delivered all the same.
        if (error.kind === 'too-large' && error.status !== null && error.status < 300)
          return { status: error.status };
        const retryAfterMs = error.retryAfterSeconds === null ? null : error.retryAfterSeconds * 1000;
        throw new WebhookSendError(error.message, error.status, retryAfterMs);
      }
      throw error;
    }
  };
  return { send, close: () => client.close() };
}
