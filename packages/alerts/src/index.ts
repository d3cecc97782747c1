// @presswatch/alerts: alerting on the ports.
//   rules/ — compile, filter, cache (version check), validate and preview alert rules
//   item-alerting.ts — what the process stage runs per new item
//   lifecycle/ — new → acknowledged → assigned → resolved, notes
//   spikes/ — activity keys, the Poisson test, the hourly spike job and its scheduler
//   webhooks/ — fan-out and batching, message model and formats (JSON, Slack, Telegram),
//               signatures, the deliver job with retries, the safe-fetch sender, redelivery
//   digest/ — schedule, compose, render (HTML + text) and send the daily digest
export * from './digest/compose-digest.ts';
export * from './digest/digest-job.ts';
export type * from './digest/digest-model.ts';
export * from './digest/digest-schedule.ts';
export * from './digest/digest-scheduler.ts';
export * from './digest/render-html.ts';
export * from './digest/render-text.ts';
export * from './i18n/labels.ts';
export * from './item-alerting.ts';
export * from './lifecycle/alert-lifecycle.ts';
export * from './links.ts';
export type * from './logger.ts';
export * from './rules/compile-rule.ts';
export * from './rules/matchable-document.ts';
export * from './rules/preview-rule.ts';
export * from './rules/quiet-hours.ts';
export * from './rules/rule-defaults.ts';
export * from './rules/rule-filters.ts';
export * from './rules/rule-set.ts';
export * from './rules/validate-rule.ts';
export * from './spikes/activity-keys.ts';
export * from './spikes/detect-spikes.ts';
export * from './spikes/poisson.ts';
export * from './spikes/spike-job.ts';
export * from './spikes/spike-scheduler.ts';
export * from './time/zoned-time.ts';
export * from './webhooks/alert-message.ts';
export * from './webhooks/deliver-job.ts';
export * from './webhooks/fan-out.ts';
export * from './webhooks/format-message.ts';
export * from './webhooks/manual-deliveries.ts';
export * from './webhooks/mask-url.ts';
export * from './webhooks/retry-schedule.ts';
export * from './webhooks/safe-sender.ts';
export * from './webhooks/signature.ts';
export * from './webhooks/webhook-sender.ts';
