// How a value of ours is compared with feedparser's. feedparser returns every text field as HTML
// (text/plain values escaped) and serialises HTML its own way, so values are compared by meaning:
// text after decoding, HTML as a canonical tree, URLs as parsed URLs, dates as instants.
import { load } from 'cheerio';

type Node = {
  type: string;
  data?: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
};

/** Our plain text equals feedparser's value read as HTML (or as text when it has no markup). */
export function sameText(ours: string | null, expected: string): boolean {
  const mine = inline(ours ?? '');
  if (mine === inline(htmlText(expected))) return true;
  return !hasKnownMarkup(expected) && mine === inline(expected);
}

/** Our HTML and feedparser's have the same elements, attributes and text. */
export function sameHtml(ours: string | null, expected: string): boolean {
  return canonicalHtml(ours ?? '') === canonicalHtml(expected);
}

export function sameUrl(ours: string | null, expected: string, base: string): boolean {
  if (ours === null) return false;
  try {
    return ours === new URL(expected, base).href;
  } catch {
    return ours === expected;
  }
}

export function sameInstant(ours: string | null, expectedIso: string): boolean {
  return ours !== null && Date.parse(ours) === Date.parse(expectedIso);
}

/** feedparser's author is "Name (email)" when both are given; ours is the name. */
export function samePerson(ours: string | null, expected: string): boolean {
  if (ours === expected) return true;
  const named = /^(.+?)\s*\(\S+@\S+\)$/.exec(expected) ?? /^\S+@\S+\s*\((.+)\)$/.exec(expected);
  return named !== null && ours === named[1];
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Line breaks and block edges separate words in the text a reader sees.
function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const $ = load(html, null, false);
  $('script, style').remove();
  $('br').replaceWith(' ');
  $('p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th').each((_, el) => {
    $(el).prepend(' ').append(' ');
  });
  return $.root().text();
}

const KNOWN_TAG =
  /<\/?(?:a|b|br|div|em|i|img|p|span|strong|code|pre|ul|ol|li|h[1-6]|table|svg|math)\b[^>]*>/i;

function hasKnownMarkup(text: string): boolean {
  return KNOWN_TAG.test(text) || /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

export function canonicalHtml(html: string): string {
  const $ = load(html, null, false);
  return serialise(($.root()[0] as unknown as Node).children ?? [])
    .replace(/\s+/g, ' ')
    .trim();
}

function serialise(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.data ?? '');
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const attributes = Object.entries(node.attribs ?? {})
        .filter(([name]) => !name.startsWith('xmlns'))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ` ${name}="${escapeText(URL_ATTRIBUTES.has(name) ? asUrl(value) : value)}"`)
        .join('');
      out += `<${node.name}${attributes}>${serialise(node.children ?? [])}</${node.name}>`;
    }
  }
  return out;
}

const URL_ATTRIBUTES = new Set(['href', 'src']);

// The same URL written with or without percent-encoding (an IRI) compares equal.
function asUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    return value;
  }
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
