// The hub's verification of intent (W3C WebSub §5.3): a GET to our callback with hub.mode,
// hub.topic, hub.challenge and, for subscribe, hub.lease_seconds. We agree (echo the challenge)
// only for what we asked for: same mode, same topic. A denial (hub.mode=denied) is recorded.

export interface PendingIntent {
  topicUrl: string;
  requestedMode: 'subscribe' | 'unsubscribe';
  /** The lease we asked for: used when a hub leaves hub.lease_seconds out. */
  requestedLeaseSeconds: number;
}

export type VerificationDecision =
  | { outcome: 'agree'; mode: 'subscribe'; challenge: string; leaseSeconds: number }
  | { outcome: 'agree'; mode: 'unsubscribe'; challenge: string }
  | { outcome: 'denied'; reason: string | null }
  | { outcome: 'refuse'; reason: string };

const MAX_CHALLENGE = 1024;
const MAX_LEASE_SECONDS = 10 * 365 * 86_400;

export function decideVerification(
  query: Record<string, string | undefined>,
  intent: PendingIntent,
): VerificationDecision {
  const mode = query['hub.mode'];
  const topic = query['hub.topic'];
  if (!topic) return refuse('hub.topic is missing');
  if (!sameUrl(topic, intent.topicUrl)) return refuse(`hub.topic ${topic} is not the subscribed topic`);
  if (mode === 'denied') return { outcome: 'denied', reason: query['hub.reason'] ?? null };
  if (mode !== 'subscribe' && mode !== 'unsubscribe') return refuse(`unknown hub.mode "${mode ?? ''}"`);
  if (mode !== intent.requestedMode) return refuse(`we did not ask to ${mode}`);
  const challenge = query['hub.challenge'];
  if (!challenge || challenge.length > MAX_CHALLENGE) return refuse('hub.challenge is missing or too long');
  if (mode === 'unsubscribe') return { outcome: 'agree', mode, challenge };
  const lease = leaseOf(query['hub.lease_seconds'], intent.requestedLeaseSeconds);
  if (lease === null)
    return refuse(`hub.lease_seconds "${query['hub.lease_seconds']}" is not a positive integer`);
  return { outcome: 'agree', mode, challenge, leaseSeconds: lease };
}

function leaseOf(value: string | undefined, requested: number): number | null {
  if (value === undefined || value === '') return requested;
  if (!/^\d+$/.test(value)) return null;
  const seconds = Number(value);
  return seconds > 0 && seconds <= MAX_LEASE_SECONDS ? seconds : null;
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

function refuse(reason: string): VerificationDecision {
  return { outcome: 'refuse', reason };
}
