// Pages rendered by JavaScript often carry the article only in their JSON-LD articleBody: when
// the HTML yields far less text than that field holds, the field is the better text.

import { isNeverText } from './boilerplate.ts';
import { renderParagraphs } from './content/render.ts';
import { segment } from './content/segment.ts';
import { parseHtml } from './dom.ts';
import type { JsonLdObject } from './json-ld.ts';

/** Below this share of articleBody's length, the HTML text is taken to be a shell. */
const SHELL_SHARE = 0.3;

export function preferJsonLdBody(text: string, ld: JsonLdObject | null): string {
  const body = ld?.['articleBody'];
  if (typeof body !== 'string' || text.length >= SHELL_SHARE * body.trim().length) return text;
  const paragraphs = /<[a-z][^>]*>/i.test(body) ? htmlParagraphs(body) : plainParagraphs(body);
  const ldText = paragraphs.join('\n\n');
  return ldText.length > text.length ? ldText : text;
}

function plainParagraphs(body: string): string[] {
  return body
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line) && !/^\+{3}/.test(line));
}

function htmlParagraphs(body: string): string[] {
  const seg = segment(parseHtml(body), (el) => (isNeverText(el) ? 'skip' : 'walk'));
  return renderParagraphs(seg.runs, null).map((p) => p.text);
}
