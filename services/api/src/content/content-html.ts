// An item's text as HTML for the item view. Crawled pages are hostile, so whatever HTML reaches
// the UI goes through one allowlist (sanitize-html): paragraphs, h2–h4, lists, blockquotes,
// strong/em, line breaks, and links with an http(s) href only, opened in a new tab without a
// referrer. Scripts, styles, event handlers, iframes, SVG and every other URL scheme are dropped
// (script/style/svg… with their content).
import sanitizeHtml from 'sanitize-html';

const LINK_REL = 'noopener noreferrer nofollow';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'em', 'br'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Dropped with everything inside them, not just unwrapped.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'svg',
    'math',
    'template',
    'object',
    'embed',
  ],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), rel: LINK_REL, target: '_blank' },
    }),
    b: 'strong',
    i: 'em',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
  },
};

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** Plain extracted text as paragraphs (blank lines) with line breaks, escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split(/\r?\n/).map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

/** The item's extracted text (stored as plain text today) as sanitised HTML. */
export function contentHtmlOf(item: { text: string }): string {
  return sanitizeArticleHtml(textToHtml(item.text));
}
