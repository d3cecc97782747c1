// The notifier's stores on the engine (webhooks, deliveries, digests, activity counts) and the
// logs written beside them (audit, feedback), each in its own `<prefix>-<collection>` index
// created on first use.
import type {
  ActivityCounter,
  AuditLog,
  DeliveryRepository,
  DigestRepository,
  FeedbackRepository,
  WebhookRepository,
} from '@presswatch/domain';
import type { EngineClient } from '../client/engine-client.ts';
import type { CollectionPlacement } from '../collection/index.ts';
import { createActivityCounter } from './activity-counter.ts';
import { createAuditLog } from './audit-log.ts';
import { createDeliveryRepository } from './delivery-repository.ts';
import { createDigestRepository } from './digest-repository.ts';
import { createFeedbackRepository } from './feedback-repository.ts';
import { createWebhookRepository } from './webhook-repository.ts';

export interface NotifierGroup {
  webhooks: WebhookRepository;
  deliveries: DeliveryRepository;
  digests: DigestRepository;
  activity: ActivityCounter;
  audit: AuditLog;
  feedback: FeedbackRepository;
}

/** The group's collection names (each index is `<prefix>-<name>`). */
export const NOTIFIER_COLLECTIONS = [
  'webhooks',
  'deliveries',
  'delivery-slots',
  'delivery-entries',
  'digests',
  'digest-sends',
  'activity',
  'audit',
  'feedback',
] as const;

export function createNotifierGroup(options: CollectionPlacement & { client: EngineClient }): NotifierGroup {
  const { client, ...placement } = options;
  return {
    webhooks: createWebhookRepository(client, placement),
    deliveries: createDeliveryRepository(client, placement),
    digests: createDigestRepository(client, placement),
    activity: createActivityCounter(client, placement),
    audit: createAuditLog(client, placement),
    feedback: createFeedbackRepository(client, placement),
  };
}
