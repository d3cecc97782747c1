// The human wording of a message's events, shared by the chat formats: a headline per event and
// a short line per item. Markup (Slack mrkdwn, Telegram HTML) is applied by each format.
import { type Locale, labels, topicName } from '../i18n/labels.ts';
import type { MessageAlert, MessageItem } from './alert-message.ts';

export function eventHeadline(entry: MessageAlert, locale: Locale): string {
  const l = labels(locale);
  const rule = entry.rule ? ` — ${entry.rule.name}` : '';
  switch (entry.event) {
    case 'opened':
      return `${l.newAlert}${rule}`;
    case 'grown':
      return `${l.growing(entry.clusterSize)}${rule}`;
    case 'test':
      return l.test;
    case 'spike':
      return `${l.spike}${rule}${spikeSubject(entry, locale)}`;
  }
}

function spikeSubject(entry: MessageAlert, locale: Locale): string {
  const spike = entry.spike;
  if (!spike) return '';
  const l = labels(locale);
  const topic = spike.topic ? `: ${topicName(spike.topic, locale)}` : '';
  const side = spike.domestic === null ? '' : ` (${spike.domestic ? l.domestic : l.foreign})`;
  const window = spike.window === 'hour' ? l.lastHour : l.lastDay;
  return `${topic}${side} — ${spike.count} ${l.items} ${window}, ${l.usual} ≈ ${spike.baselineMean}`;
}

/** "Source · vn · vi · Border, Investment · tone −0.4" */
export function itemFacts(item: MessageItem, locale: Locale): string {
  const l = labels(locale);
  const facts = [item.source, item.country, item.language].filter(Boolean) as string[];
  if (item.topics.length) facts.push(item.topics.map((t) => topicName(t, locale)).join(', '));
  if (item.tone !== null) facts.push(`${l.tone} ${item.tone.toFixed(2)}`);
  if (item.relevance !== null) facts.push(`${l.relevance} ${item.relevance.toFixed(2)}`);
  return facts.join(' · ');
}

/** Shortens to at most `max` characters on a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
