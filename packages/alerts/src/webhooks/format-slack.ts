// Slack-compatible incoming-webhook format (also understood by Mattermost and Rocket.Chat):
// `text` as the notification fallback, `blocks` with one section per event. Slack limits: 50
// blocks, 3000 characters per section, 150 per header.
import type { Locale } from '../i18n/labels.ts';
import { labels } from '../i18n/labels.ts';
import type { AlertMessage, MessageAlert } from './alert-message.ts';
import { clip, eventHeadline, itemFacts } from './message-text.ts';

const MAX_SECTIONS = 45;

/** Slack's mrkdwn escaping: only &, < and > are special. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** <url|label>; the label may not hold "|" or ">" even escaped. */
function link(url: string, label: string): string {
  return `<${url.replace(/[|>\s]/g, encodeURIComponent)}|${esc(label).replace(/\|/g, '¦')}>`;
}

function section(entry: MessageAlert, locale: Locale): string {
  const lines = [`*${link(entry.link, eventHeadline(entry, locale))}*`];
  if (entry.event === 'test') lines.push(esc(labels(locale).testBody));
  for (const item of entry.items) {
    lines.push(`• ${link(item.url, clip(item.title, 200))}`);
    lines.push(`   ${esc(itemFacts(item, locale))} · ${link(item.link, labels(locale).open)}`);
  }
  return clip(lines.join('\n'), 2900);
}

export function formatSlack(message: AlertMessage, locale: Locale): string {
  const summary = labels(locale).alertsInMessage(message.alerts.length);
  const shown = message.alerts.slice(0, MAX_SECTIONS);
  const blocks: unknown[] = [{ type: 'header', text: { type: 'plain_text', text: clip(summary, 150) } }];
  for (const entry of shown) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: section(entry, locale) } });
  }
  const hidden = message.alerts.length - shown.length;
  if (hidden > 0) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: esc(labels(locale).moreItems(hidden)) }],
    });
  }
  const first = message.alerts[0];
  const text = first ? `${summary}: ${eventHeadline(first, locale)}` : summary;
  return JSON.stringify({ text: esc(clip(text, 300)), blocks });
}
