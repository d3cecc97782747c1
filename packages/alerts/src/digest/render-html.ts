// The HTML part of a digest email: simple tables and inline styles (what mail clients render),
// every text escaped. Also what the preview route shows in the browser.
import { labels, topicName } from '../i18n/labels.ts';
import type { Digest, DigestItem, DigestStory, DigestTopic } from './digest-model.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = {
  body: 'font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:680px;margin:0 auto;padding:16px',
  h1: 'font-size:22px;margin:0 0 4px',
  h2: 'font-size:17px;margin:24px 0 6px;border-bottom:1px solid #ccc;padding-bottom:4px',
  meta: 'color:#555;font-size:13px',
  item: 'margin:0 0 10px',
};

function anchor(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function itemHtml(item: DigestItem, extra = ''): string {
  const where = `${item.source}${item.country ? ` (${item.country})` : ''}`;
  return `<div style="${STYLE.item}">${anchor(item.url, item.title)}${extra}<br><span style="${STYLE.meta}">${escapeHtml(where)} · ${anchor(item.link, 'PressWatch')}</span></div>`;
}

function storyHtml(story: DigestStory, digest: Digest): string {
  const l = labels(digest.locale);
  const size =
    story.size > 1 ? ` <span style="${STYLE.meta}">[${story.size} ${l.items}, ${story.outlets}×]</span>` : '';
  return itemHtml(story.headline, size);
}

function topicHtml(topic: DigestTopic, digest: Digest): string {
  const l = labels(digest.locale);
  const name = topic.topic ? topicName(topic.topic, digest.locale) : l.otherTopics;
  const counts = `${topic.count} ${l.items} · ${l.domestic} ${topic.domestic} · ${l.foreign} ${topic.foreign}`;
  const more =
    topic.moreStories > 0
      ? `<p style="${STYLE.meta}">${anchor(topic.link, l.moreItems(topic.moreStories))}</p>`
      : '';
  return [
    `<h2 style="${STYLE.h2}">${anchor(topic.link, name)} <span style="${STYLE.meta}">${escapeHtml(counts)}</span></h2>`,
    ...topic.stories.map((story) => storyHtml(story, digest)),
    more,
  ].join('\n');
}

export function renderDigestHtml(digest: Digest): string {
  const l = labels(digest.locale);
  const sections = [
    `<h1 style="${STYLE.h1}">${escapeHtml(`${l.digestTitle} — ${digest.day}`)}</h1>`,
    `<p style="${STYLE.meta}">${escapeHtml(l.digestIntro(digest.day, digest.total))} ${escapeHtml(`${l.domestic}: ${digest.domestic} · ${l.foreign}: ${digest.foreign}`)}</p>`,
    digest.total === 0 ? `<p>${escapeHtml(l.nothing)}</p>` : '',
    ...digest.topics.map((topic) => topicHtml(topic, digest)),
  ];
  if (digest.topOutlets.length) {
    const rows = digest.topOutlets.map(
      (o) =>
        `<tr><td>${escapeHtml(o.source)}</td><td style="text-align:right;padding-left:16px">${o.count}</td></tr>`,
    );
    sections.push(`<h2 style="${STYLE.h2}">${escapeHtml(l.topOutlets)}</h2><table>${rows.join('')}</table>`);
  }
  if (digest.negative.length) {
    sections.push(`<h2 style="${STYLE.h2}">${escapeHtml(l.notableNegative)}</h2>`);
    for (const item of digest.negative) {
      sections.push(
        itemHtml(
          item,
          ` <span style="${STYLE.meta}">(${escapeHtml(`${l.tone} ${item.tone?.toFixed(2)}`)})</span>`,
        ),
      );
    }
  }
  sections.push(`<p style="margin-top:24px">${anchor(digest.link, l.openInUi)}</p>`);
  return `<!doctype html>
<html lang="${digest.locale}"><head><meta charset="utf-8"><title>${escapeHtml(l.digestSubject(digest.day))}</title></head>
<body style="${STYLE.body}">
${sections.filter(Boolean).join('\n')}
</body></html>
`;
}
