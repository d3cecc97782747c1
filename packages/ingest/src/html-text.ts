import { type Cheerio, type CheerioAPI, load } from 'cheerio';

// cheerio's node type (domhandler's AnyNode), named without depending on domhandler directly.
export type AnyNode = Exclude<Parameters<typeof load>[0], string | Buffer | unknown[]>;
export type Selection = Cheerio<AnyNode>;

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function cleanInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Private-use marks stand for <br> and block edges while source white space is collapsed.
const LINE = '\uE000';
const BLOCK = '\uE001';
const BLOCKS =
  'p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, section, article, header, footer, ul, ol, table, figure';

/**
 * Plain text of an HTML fragment (a feed description, say): tags dropped, entities decoded,
 * one paragraph per block separated by blank lines, <br> kept as a line break.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return plainParagraphs(html);
  const $ = load(html, null, false);
  return elementText($, $.root());
}

/** The same for an element of a loaded document. */
export function elementText($: CheerioAPI, root: Selection): string {
  const copy = $(root.clone());
  copy.find('script, style, noscript, template').remove();
  copy.find('br').replaceWith(LINE);
  copy.find(BLOCKS).each((_, el) => {
    $(el).prepend(BLOCK).append(BLOCK);
  });
  return copy
    .text()
    .replace(/\s+/g, ' ')
    .split(BLOCK)
    .map((block) => block.split(LINE).map(cleanInline).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** Text that has no markup: blank lines separate paragraphs, other white space collapses. */
function plainParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map(cleanInline)
    .filter(Boolean)
    .join('\n\n');
}
