// The plain-text part of a digest email (and what mail clients without HTML show).
import { labels, topicName } from '../i18n/labels.ts';
import type { Digest, DigestItem } from './digest-model.ts';

export function renderDigestText(digest: Digest): string {
  const l = labels(digest.locale);
  const lines = [
    `${l.digestTitle} — ${digest.day}`,
    l.digestIntro(digest.day, digest.total),
    `${l.domestic}: ${digest.domestic} · ${l.foreign}: ${digest.foreign}`,
    '',
  ];
  if (digest.total === 0) lines.push(l.nothing, '');
  for (const topic of digest.topics) {
    const name = topic.topic ? topicName(topic.topic, digest.locale) : l.otherTopics;
    lines.push(
      `== ${name}: ${topic.count} ${l.items} (${l.domestic} ${topic.domestic}, ${l.foreign} ${topic.foreign}) ==`,
    );
    for (const story of topic.stories) {
      const size = story.size > 1 ? ` [${story.size} ${l.items}, ${story.outlets}×]` : '';
      lines.push(`- ${story.headline.title}${size}`, `  ${itemLine(story.headline)}`);
    }
    if (topic.moreStories > 0) lines.push(`  … ${l.moreItems(topic.moreStories)}`);
    lines.push(`  ${topic.link}`, '');
  }
  if (digest.topOutlets.length) {
    lines.push(`== ${l.topOutlets} ==`);
    for (const outlet of digest.topOutlets) lines.push(`- ${outlet.source}: ${outlet.count}`);
    lines.push('');
  }
  if (digest.negative.length) {
    lines.push(`== ${l.notableNegative} ==`);
    for (const item of digest.negative) {
      lines.push(`- ${item.title} (${l.tone} ${item.tone?.toFixed(2)})`, `  ${itemLine(item)}`);
    }
    lines.push('');
  }
  lines.push(`${l.openInUi}: ${digest.link}`);
  return `${lines.join('\n')}\n`;
}

function itemLine(item: DigestItem): string {
  return `${item.source}${item.country ? ` (${item.country})` : ''} · ${item.url} · ${item.link}`;
}
