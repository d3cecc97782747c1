// When a daily digest is due: at the subscriber's local send time, covering the local day before.
// A notifier that was down at send time catches up later (the most recent due digest only), and a
// new subscription starts with the next send time, not with a digest of the past.
import type { DigestSubscription } from '@presswatch/domain';
import { instantOnDay, localDay, shiftDay } from '../time/zoned-time.ts';

/** The local day whose digest is due at `now` (sent or not), or null when none is yet. */
export function dueDigestDay(subscription: DigestSubscription, now: Date): string | null {
  const today = localDay(now, subscription.timeZone);
  const sendToday = instantOnDay(today, subscription.sendAt, subscription.timeZone);
  const sendDay = now >= sendToday ? today : shiftDay(today, -1);
  const sendAt =
    now >= sendToday ? sendToday : instantOnDay(sendDay, subscription.sendAt, subscription.timeZone);
  if (sendAt.getTime() < Date.parse(subscription.createdAt)) return null;
  return shiftDay(sendDay, -1);
}

/** Job id: one digest per subscriber and day. */
export function digestJobId(subscriptionId: string, day: string): string {
  return `digest-${subscriptionId}-${day}`;
}
