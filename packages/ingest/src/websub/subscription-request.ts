// The subscriber's request to a hub (W3C WebSub §5.1): a form POST. The hub answers 202 Accepted
// and verifies asynchronously through the callback.
import { randomBytes } from 'node:crypto';

export interface SubscriptionRequest {
  mode: 'subscribe' | 'unsubscribe';
  topic: string;
  callback: string;
  /** HMAC key for signed deliveries; the spec caps it below 200 bytes. */
  secret?: string;
  leaseSeconds?: number;
}

export function subscriptionForm(request: SubscriptionRequest): string {
  const form = new URLSearchParams({
    'hub.mode': request.mode,
    'hub.topic': request.topic,
    'hub.callback': request.callback,
  });
  if (request.mode === 'subscribe' && request.secret) form.set('hub.secret', request.secret);
  if (request.mode === 'subscribe' && request.leaseSeconds) {
    form.set('hub.lease_seconds', String(request.leaseSeconds));
  }
  return form.toString();
}

/** A fresh hub.secret: 32 random bytes as hex (64 characters). */
export function newHubSecret(): string {
  return randomBytes(32).toString('hex');
}
