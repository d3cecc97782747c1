// The digest job: compose one subscriber's digest for one day and send it (HTML + text) through
// the MailSender. Idempotent per subscriber and day: a "sent" record ends it, and the
// Message-ID is derived from both, so a resend after a crash is recognisably the same mail.
//
//   run(job) → load subscription → skip if sent → address → compose → render → send → record
import {
  type DigestPayload,
  type DigestRepository,
  type DigestSubscription,
  errorMessage,
  type Job,
  type MailSender,
  type SearchIndex,
  type UserRepository,
} from '@presswatch/domain';
import { labels } from '../i18n/labels.ts';
import type { UiLinks } from '../links.ts';
import type { AlertsLogger } from '../logger.ts';
import { composeDigest } from './compose-digest.ts';
import { renderDigestHtml } from './render-html.ts';
import { renderDigestText } from './render-text.ts';

export interface DigestJobDeps {
  digests: DigestRepository;
  /** Digests go to the user's address unless the subscription names its own. */
  users: UserRepository | null;
  search: SearchIndex;
  mail: MailSender;
  from: string;
  links: UiLinks;
  logger: AlertsLogger;
  now?: () => Date;
}

export function createDigestHandler(deps: DigestJobDeps) {
  const now = deps.now ?? (() => new Date());

  return async function runDigest(job: Job<DigestPayload>): Promise<void> {
    const { subscriptionId, day } = job.payload;
    const subscription = await deps.digests.get(subscriptionId);
    if (!subscription?.enabled) return;
    if ((await deps.digests.getSend(subscriptionId, day))?.status === 'sent') return;
    const to = await addressOf(subscription);
    if (!to) {
      await record(subscription, day, { status: 'failed', error: 'no email address', itemCount: 0 });
      return;
    }
    const digest = await composeDigest(subscription, day, deps);
    try {
      const sent = await deps.mail.send({
        from: deps.from,
        to,
        subject: labels(subscription.locale).digestSubject(day),
        html: renderDigestHtml(digest),
        text: renderDigestText(digest),
        messageId: digestMessageId(subscriptionId, day, deps.from),
      });
      await record(subscription, day, { status: 'sent', messageId: sent.messageId, itemCount: digest.total });
      deps.logger.info({ subscriptionId, day, items: digest.total }, 'digest sent');
    } catch (error) {
      await record(subscription, day, {
        status: 'failed',
        error: errorMessage(error),
        itemCount: digest.total,
      });
      throw error; // the queue retries with backoff
    }
  };

  async function addressOf(subscription: DigestSubscription): Promise<string | null> {
    if (subscription.email) return subscription.email;
    const user = deps.users ? await deps.users.get(subscription.userId) : null;
    return user && !user.disabled ? user.email : null;
  }

  async function record(
    subscription: DigestSubscription,
    day: string,
    outcome: { status: 'sent' | 'failed'; itemCount: number; messageId?: string; error?: string },
  ): Promise<void> {
    await deps.digests.recordSend({
      subscriptionId: subscription.id,
      day,
      status: outcome.status,
      at: now().toISOString(),
      messageId: outcome.messageId ?? null,
      itemCount: outcome.itemCount,
      error: outcome.error ?? null,
    });
  }
}

/** <digest.<subscription>.<day>@<sender's domain>> */
export function digestMessageId(subscriptionId: string, day: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'presswatch.invalid';
  return `<digest.${subscriptionId}.${day}@${domain}>`;
}
