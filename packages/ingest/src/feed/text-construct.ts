// Text elements (titles, summaries, content) carry plain text or HTML. Atom says which with
// type="text|html|xhtml" (Atom 0.3 adds mode="escaped|base64"; another MIME type means base64);
// RSS does not say: descriptions are HTML, titles are plain unless they look like HTML.
import { cleanInline } from '../html-text.ts';
import { openSelfClosed } from './content-html.ts';
import { htmlFragmentText } from './html-text-stream.ts';
import { attribute, nodeText } from './xml-node.ts';

export interface TextValue {
  value: string;
  /** The value is HTML (else plain text, where "<" is a character). */
  html: boolean;
}

/** What an element without a type holds. */
export type UntypedAs = 'text' | 'html' | 'guess';

const KNOWN_TAG =
  /<\/?(?:a|abbr|acronym|b|big|blockquote|br|center|cite|code|dd|del|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|td|th|tr|tt|u|ul)\b[^>]*>/i;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

export function readTextElement(node: unknown, untyped: UntypedAs): TextValue | null {
  const raw = nodeText(node);
  if (raw === null) return null;
  const type = attribute(node, 'type')?.trim().toLowerCase() ?? '';
  const mode = attribute(node, 'mode')?.trim().toLowerCase() ?? '';
  if (mode === 'base64') return { value: decodeBase64(raw), html: type !== 'text/plain' };
  if (!type) return { value: raw, html: untyped === 'html' || (untyped === 'guess' && looksLikeHtml(raw)) };
  if (type === 'text' || type === 'text/plain') return { value: raw, html: false };
  if (isHtmlType(type)) return { value: raw, html: true };
  if (type.startsWith('text/')) return { value: raw, html: false };
  // Atom 1.0: any other media type is base64-encoded.
  return { value: decodeBase64(raw), html: true };
}

function isHtmlType(type: string): boolean {
  return (
    type === 'html' ||
    type === 'xhtml' ||
    type === 'text/html' ||
    type.endsWith('+xml') ||
    type.endsWith('/xml')
  );
}

export function looksLikeHtml(text: string): boolean {
  return KNOWN_TAG.test(text) || ENTITY.test(text);
}

/** One line of plain text (titles, names). */
export function inlineText(value: TextValue | null): string | null {
  if (!value) return null;
  const text = cleanInline(value.html ? htmlFragmentText(openSelfClosed(value.value)) : value.value);
  return text || null;
}

/** Plain text with paragraphs kept (summaries). */
export function blockText(value: TextValue | null): string | null {
  if (!value) return null;
  const text = value.html ? htmlFragmentText(openSelfClosed(value.value)) : plainParagraphs(value.value);
  return text || null;
}

/** The value as HTML. */
export function asHtml(value: TextValue | null): string | null {
  if (!value) return null;
  const html = (value.html ? value.value : escapeHtml(value.value)).trim();
  return html || null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(cleanInline)
    .filter(Boolean)
    .join('\n\n');
}

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}
