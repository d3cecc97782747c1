// The argument document as Markdown: title, coverage summary, claims, arguments with evidence and
// citations, sources. Text from crawled pages is escaped so it cannot become markup or links.
import { countsText, type DocumentModel, documentModel } from './document-model.ts';
import type { DossierView } from './dossier-view.ts';
import { type DocumentLang, formatDate, LABELS, type Labels } from './labels.ts';

/** Backslash-escapes what Markdown would read as markup; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]{}()<>#+!|~])/g, '\\$1');
}

const safeUrl = (url: string | null) =>
  url && /^https?:\/\//i.test(url) ? url.replace(/[()<>\s]/g, encodeURIComponent) : null;
const link = (text: string, url: string | null) => {
  const href = safeUrl(url);
  return href ? `[${escapeMarkdown(text)}](<${href}>)` : escapeMarkdown(text);
};
const quoted = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');

function coverage(model: DocumentModel, l: Labels, lang: DocumentLang): string[] {
  const c = model.coverage;
  return [
    `## ${l.coverage}`,
    '',
    `- ${l.claimCount}: ${c.claims}`,
    `- ${l.dateSpan}: ${formatDate(c.from, lang)} – ${formatDate(c.to, lang)}`,
    `- ${l.totalReach}: ${c.totalReach}`,
    `- ${l.bySource}: ${escapeMarkdown(countsText(c.bySource)) || l.none}`,
    `- ${l.byCountry}: ${escapeMarkdown(countsText(c.byCountry)) || l.none}`,
    `- ${l.byLanguage}: ${escapeMarkdown(countsText(c.byLanguage)) || l.none}`,
    '',
  ];
}

function claims(model: DocumentModel, l: Labels, lang: DocumentLang): string[] {
  const lines = [`## ${l.claims}`, ''];
  if (model.claims.length === 0) lines.push(l.none, '');
  model.claims.forEach(({ item, quote, note }, i) => {
    lines.push(`### ${i + 1}. ${link(item.title, item.url)}`, '');
    lines.push(`- ${l.source}: ${escapeMarkdown(item.sourceName)}`);
    lines.push(`- ${l.date}: ${formatDate(item.publishedAt, lang)}`);
    lines.push(`- ${l.reach}: ${item.clusterSize}`, '');
    if (quote) lines.push(quoted(quote), '');
    if (note) lines.push(`*${l.note}:* ${escapeMarkdown(note)}`, '');
  });
  return lines;
}

function args(model: DocumentModel, l: Labels): string[] {
  const lines = [`## ${l.arguments}`, ''];
  if (model.arguments.length === 0) lines.push(l.none, '');
  model.arguments.forEach(({ card, note }, i) => {
    lines.push(`### ${i + 1}. ${escapeMarkdown(card.title)}`, '', escapeMarkdown(card.statement), '');
    if (note) lines.push(`*${l.note}:* ${escapeMarkdown(note)}`, '');
    if (card.evidence.length > 0) {
      lines.push(`**${l.evidence}:**`, '');
      for (const e of card.evidence)
        lines.push(`- ${escapeMarkdown(e.text)} — *${l.citation}:* ${link(e.citation, e.url)}`);
      lines.push('');
    }
  });
  return lines;
}

export function buildMarkdown(dossier: DossierView, lang: DocumentLang = 'vi'): string {
  const l = LABELS[lang];
  const model = documentModel(dossier);
  const head = [`# ${escapeMarkdown(model.title)}`, '', `*${l.document}*`];
  if (model.topic) head.push(`${l.topic}: ${escapeMarkdown(model.topic)}  `);
  head.push(`${l.updated}: ${formatDate(model.updatedAt, lang)}`, '');
  if (model.summary) head.push(`## ${l.summary}`, '', escapeMarkdown(model.summary), '');
  const sources = [`## ${l.sources}`, '', ...model.sources.map((s) => `- ${link(s.name, s.url)}`), ''];
  return [
    ...head,
    ...coverage(model, l, lang),
    ...claims(model, l, lang),
    ...args(model, l),
    ...sources,
  ].join('\n');
}
