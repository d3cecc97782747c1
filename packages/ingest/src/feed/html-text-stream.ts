// Plain text of an entry's HTML (summaries, HTML titles), with the paragraph rules of htmlToText
// (../html-text.ts): one paragraph per block element, <br> a line break, scripts and styles
// dropped, white space collapsed. Feeds carry an HTML fragment per item, so this runs for every
// entry of every poll; it streams through htmlparser2 instead of building and cloning a DOM,
// which made parsing a feed several times slower.
import { Parser } from 'htmlparser2';

const LINE = '\uE000';
const BLOCK = '\uE001';
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'tr',
  'section',
  'article',
  'header',
  'footer',
  'ul',
  'ol',
  'table',
  'figure',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template']);
// A "<" with no ">" after it cannot open a tag: it is text ("<!DOCTYPE" in a title about HTML).
// An unclosed comment stays a comment, as in browsers.
const UNCLOSED_MARKUP = /<(?!!--)(?=[^>]*$)/;

export function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return paragraphs(html);
  let text = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (name === 'br') text += LINE;
        else if (BLOCKS.has(name)) text += BLOCK;
      },
      onclosetag(name, isImplied) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) text += BLOCK;
        // "</br>" alone is read as <br> by browsers (and by the HTML parser htmlToText uses).
        else if (name === 'br' && !isImplied && !text.endsWith(LINE)) text += LINE;
      },
      ontext(data) {
        if (!skipping) text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: false },
  );
  parser.end(html.replace(UNCLOSED_MARKUP, '&lt;'));
  return text
    .replace(/\s+/g, ' ')
    .split(BLOCK)
    .map((block) => block.split(LINE).map(collapse).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean)
    .join('\n\n');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
