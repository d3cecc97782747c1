// Sending one webhook request. The deliver job depends on this function type; the notifier
// builds it on the safe-fetch module (SSRF guard, timeouts, size caps) — see safe-sender.ts.
export interface WebhookRequest {
  url: string;
  body: string;
  contentType: string;
  headers: Record<string, string>;
  signal?: AbortSignal;
}

/** Resolves for a 2xx answer; rejects with WebhookSendError otherwise. */
export type WebhookSender = (request: WebhookRequest) => Promise<{ status: number }>;

export class WebhookSendError extends Error {
  override readonly name = 'WebhookSendError';
  constructor(
    message: string,
    /** HTTP status, null when no answer came (refused, timeout, blocked by the SSRF guard). */
    readonly status: number | null,
    /** The receiver's Retry-After, in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
