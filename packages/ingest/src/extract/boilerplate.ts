// What is not article text: page chrome, related-article boxes, comments, tag lists, captions.
// Removed from the document before the main text is picked.
import type { CheerioAPI } from 'cheerio';
import { cleanInline, type Selection } from '../html-text.ts';

const JUNK_TAGS =
  'script, style, noscript, template, iframe, svg, canvas, form, button, select, textarea, ' +
  'nav, aside, header, footer, figcaption, [hidden], ' +
  '[role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"]';

// Matched against each class and the id as a whole "word" between - or _ separators.
const JUNK_WORD =
  /(^|[-_])(related|relate|lien-?quan|comments?|binh-?luan|disqus|share|sharing|social|breadcrumbs?|ads?|advert\w*|banner|sponsor\w*|newsletter|subscribe|caption|byline|author|most-?read|popular|xem-?them|doc-?them)([-_]|$)/i;
// Tag lists only at the end of the name ("article-tags", "tags-box"): WordPress marks the
// article itself with "tag-lao-bao".
const TAG_LIST =
  /(^|[-_])(tags?|tag-?list|tag-?cloud|keywords?|tu-?khoa)([-_](box|list|wrap|wrapper|container|area|block))?$/i;

// Headings that introduce a box of links rather than text.
const BOX_HEADINGS = new Set([
  'tin liên quan',
  'bài liên quan',
  'tin cùng chuyên mục',
  'xem thêm',
  'đọc thêm',
  'bình luận',
  'ý kiến bạn đọc',
  'từ khóa',
  'từ khoá',
  'related',
  'related articles',
  'related stories',
  'read more',
  'more on this story',
  'comments',
  'tags',
]);

const PROTECTED = new Set(['html', 'body', 'main', 'article']);
const LINK_BOX_DENSITY = 0.5;

export function removeBoilerplate($: CheerioAPI): void {
  $(JUNK_TAGS).remove();
  $('[class], [id]').each((_, el) => {
    const node = $(el);
    if (!isProtected(node) && hasJunkName(node)) node.remove();
  });
  removeHeadedBoxes($);
}

function isProtected(node: Selection): boolean {
  const tag = node.prop('tagName')?.toLowerCase() ?? '';
  return PROTECTED.has(tag) || node.is('[itemprop~="articleBody"]');
}

function hasJunkName(node: Selection): boolean {
  const names = `${node.attr('class') ?? ''} ${node.attr('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((name) => JUNK_WORD.test(name) || TAG_LIST.test(name));
}

// A "Tin liên quan" heading takes its box with it when the box is mostly links; inside the
// article body, only the heading and the list right after it go.
function removeHeadedBoxes($: CheerioAPI): void {
  $('h2, h3, h4, h5, h6, strong, b, p, span, div').each((_, el) => {
    const heading = $(el);
    if (heading.children().not('a, span, b, strong, i, em').length > 0) return;
    const label = cleanInline(heading.text())
      .normalize('NFC')
      .toLowerCase()
      .replace(/[:：]$/, '');
    if (!BOX_HEADINGS.has(label)) return;
    const box = heading.parent();
    if (box.length > 0 && !isProtected(box) && linkDensity($, box) >= LINK_BOX_DENSITY) {
      box.remove();
      return;
    }
    heading.next('ul, ol').remove();
    heading.remove();
  });
}

function linkDensity($: CheerioAPI, node: Selection): number {
  const all = cleanInline(node.text()).length;
  if (all === 0) return 1;
  const links = node
    .find('a')
    .toArray()
    .reduce((sum, a) => sum + cleanInline($(a).text()).length, 0);
  return links / all;
}
