// Telegram Bot API sendMessage: the subscription URL is https://api.telegram.org/bot<token>/sendMessage
// and the body names the chat. HTML parse mode (only &, <, > and " need escaping); a message
// holds at most 4096 characters, so events that do not fit are counted at the end instead.
import type { Locale } from '../i18n/labels.ts';
import { labels } from '../i18n/labels.ts';
import type { AlertMessage, MessageAlert } from './alert-message.ts';
import { clip, eventHeadline, itemFacts } from './message-text.ts';

const MAX_CHARS = 4096;

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function anchor(url: string, label: string): string {
  return `<a href="${esc(url)}">${esc(label)}</a>`;
}

function block(entry: MessageAlert, locale: Locale): string {
  const lines = [`<b>${anchor(entry.link, eventHeadline(entry, locale))}</b>`];
  if (entry.event === 'test') lines.push(esc(labels(locale).testBody));
  for (const item of entry.items) {
    lines.push(`• ${anchor(item.url, clip(item.title, 200))}`);
    lines.push(`  <i>${esc(itemFacts(item, locale))}</i> · ${anchor(item.link, labels(locale).open)}`);
  }
  return lines.join('\n');
}

export function formatTelegram(message: AlertMessage, chatId: string, locale: Locale): string {
  const l = labels(locale);
  let text = `<b>${esc(l.alertsInMessage(message.alerts.length))}</b>`;
  let shown = 0;
  for (const entry of message.alerts) {
    const next = `${text}\n\n${block(entry, locale)}`;
    // Leave room for the "and N more" line.
    if (next.length > MAX_CHARS - 60) break;
    text = next;
    shown++;
  }
  const hidden = message.alerts.length - shown;
  if (hidden > 0) text += `\n\n${esc(l.moreItems(hidden))}`;
  return JSON.stringify({
    chat_id: chatId,
    text,
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  });
}
