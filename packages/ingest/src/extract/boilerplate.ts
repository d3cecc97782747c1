// What is not article text, told by the element alone: its tag, its ARIA role, its hidden state,
// and the words of its class and id (consent banners, related-news boxes, comments, share bars,
// tag lists, captions, ads). Judged per element while the text is gathered; nothing is removed
// from the document, so a second, more lenient pass costs no re-parse.
import {
  ALWAYS_JUNK,
  CHROME,
  CHROME_ROLES,
  CONTENT_WORDS,
  JUNK_PAIRS,
  JUNK_WORDS,
  NEVER_TEXT,
  STATE_TOKEN,
  VIETNAMESE_SOLID,
} from './boilerplate-words.ts';
import { type Element, namesOf } from './dom.ts';

const WORD_SPLIT = /[-_\s]+|(?<=[a-z])(?=[A-Z])/;

/** Words of one class or id token, lower-cased; camelCase humps split. */
function wordsOf(token: string): string[] {
  return token
    .split(WORD_SPLIT)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * How an element's class, id (and the `type` some Vietnamese CMSs put on boxes, "RelatedOneNews")
 * name it: 'hard' for comment and consent boxes, 'soft' for other boxes that are not article
 * text, null for anything else.
 */
export function junkName(el: Element): 'hard' | 'soft' | null {
  const a = el.attribs;
  const raw = `${a['class'] ?? ''} ${a['id'] ?? ''} ${el.name !== 'input' && el.name !== 'script' ? (a['type'] ?? '') : ''}`;
  if (raw.length < 3) return null;
  let verdict: 'hard' | 'soft' | null = null;
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    const kind = junkToken(token);
    if (kind === 'hard') return kind;
    verdict ??= kind;
  }
  return verdict;
}

function junkToken(token: string): 'hard' | 'soft' | null {
  const lower = token.toLowerCase();
  if (STATE_TOKEN.test(lower)) return null;
  const solid = lower.replace(/[-_]/g, '');
  if (solid.includes('binhluan')) return 'hard';
  const words = wordsOf(token);
  let junk = JUNK_PAIRS.test(lower) || JUNK_WORDS.has(solid) || VIETNAMESE_SOLID.test(solid);
  for (const word of words) {
    if (ALWAYS_JUNK.has(word)) return 'hard';
    if (JUNK_WORDS.has(word)) junk = true;
  }
  // The last word names the box: "article-tags" is a tag list, "content-sidebar" is not content,
  // "sidebar-content" is.
  return junk && !CONTENT_WORDS.has(words.at(-1) ?? '') ? 'soft' : null;
}

/** Dialogs and modal overlays: consent walls, newsletter pop-ups, log-in prompts. */
export function isDialog(el: Element): boolean {
  const role = el.attribs['role'];
  return el.attribs['aria-modal'] === 'true' || role === 'dialog' || role === 'alertdialog';
}

/** Code, media, controls: never text, whatever pass. */
export function isNeverText(el: Element): boolean {
  return NEVER_TEXT.has(el.name);
}

/** Hidden from readers by attribute or inline style. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Navigation, side boxes, figures and landmark roles that are not the main content. */
export function isChrome(el: Element): boolean {
  if (CHROME.has(el.name)) return true;
  const role = el.attribs['role'];
  return role !== undefined && CHROME_ROLES.has(role.toLowerCase());
}

/** Marked as the article body by schema.org microdata or a telling class/id. */
export function isMarkedBody(el: Element): boolean {
  const itemprop = el.attribs['itemprop'];
  if (itemprop && /\barticleBody\b/i.test(itemprop)) return true;
  const names = namesOf(el);
  return names !== '' && BODY_NAME.test(names);
}

const BODY_NAME =
  /(?:^|[\s_-])(?:article|story|entry|post|news|detail|content)[-_]?(?:body|content|text|detail)(?:$|[\s_-])|(?:^|\s)(?:articlebody|article-body|story-body|post-body|entry-content|body-text)(?:$|\s)/;
