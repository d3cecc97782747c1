// Highlights, drawn on the item's own text for the hits of one page; FTS5 is not asked again.
//
// A text is cut into the tokens the index sees (runs of L/N/M/Co characters, as the unicode61
// tokenizer of the SQLite adapter's items_fts) and every token gets both indexed forms: exact (normalizeText,
// lower-cased) and folded (foldText of that), as the SQLite adapter's ftsRow() writes the title/text and *_folded
// columns. Runs of scripts written without spaces are cut as the index cuts them
// (segmented-tokens.ts): a Chinese character or a Thai word is a display token of its own, so a
// match marks just those characters. A query's positive text parts are evaluated on those tokens
// the way FTS5 evaluates a MATCH (page-highlights.ts), so a folded query word (`bien`) is
// compared with the folded form of each token and its matches are marked on the exact text
// (`biển`, `biên`).
//
// Rendering HTML-escapes every piece of the item's text; the only tags are our own <mark>s, and no
// marker characters pass through the text, so an item cannot inject markup or fake a mark.
import { foldText, hasSegmentedScript, normalizeText } from '@presswatch/text';
import { type PieceForms, segmentedPieces } from './segmented-tokens.ts';

const OPEN = '\u0001';
const CLOSE = '\u0002';
/**
 * Control characters once used as highlight markers, still blanked out of indexed and shown text.
 * (Built from the constants: control characters are not written in regex literals.)
 */
export const MARKERS = new RegExp(`[${OPEN}${CLOSE}]`, 'gu');

/**
 * A token's text as shown, and its tokens in the exact and folded index forms (usually one each);
 * `reach`: how many following tokens each index token also covers (a CJK bigram: 1).
 */
type TokenForms = PieceForms;

/** One text as the index sees it, with where each token is. */
export interface AnalysedText {
  /** The text (NFC; cut at MAX_ANALYSED_CHARS); tokens are shown normalised, separators as they are. */
  source: string;
  /** Token i spans source[starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  forms: TokenForms[];
  /** The text went on beyond `source`. */
  truncated: boolean;
}

/** A text's index tokens in one form, and the tokens each one covers (owners[k]…lastOwners[k]). */
export interface IndexTokens {
  tokens: string[];
  owners: number[];
  lastOwners: number[];
}

/** Longer texts are highlighted in their first part only (news bodies are far shorter). */
export const MAX_ANALYSED_CHARS = 100_000;

const INDEX_TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Tokens of a string as the unicode61 tokenizer cuts and lower-cases them. */
export function indexTokens(s: string): string[] {
  return s.toLowerCase().match(INDEX_TOKEN) ?? [];
}

export function analyseText(text: string, maxChars = MAX_ANALYSED_CHARS): AnalysedText {
  let source = text.normalize('NFC');
  const truncated = source.length > maxChars;
  if (truncated) source = source.slice(0, maxChars);
  const table = tokenTable();
  const result: AnalysedText = {
    source,
    starts: [],
    ends: [],
    forms: [],
    truncated,
  };
  const n = source.length;
  let i = 0;
  while (i < n) {
    if (!isTokenAt(source, i, table)) {
      i += widthAt(source, i);
      continue;
    }
    const start = i;
    do i += widthAt(source, i);
    while (i < n && isTokenAt(source, i, table));
    // A token cut by the length limit may not be a whole word: leave it out.
    if (truncated && i === n) break;
    pushToken(result, start, source.slice(start, i));
  }
  return result;
}

function pushToken(result: AnalysedText, start: number, token: string): void {
  if (!mayHoldSegmentedScript(token) || !hasSegmentedScript(token)) {
    result.starts.push(start);
    result.ends.push(start + token.length);
    result.forms.push(formsOf(token));
    return;
  }
  for (const piece of segmentedPieces(token, formsOf)) {
    result.starts.push(start + piece.start);
    result.ends.push(start + piece.end);
    result.forms.push(piece.forms);
  }
}

/**
 * False when no code unit of `token` can belong to a script written without spaces (Thai and Lao
 * U+0E00–0EFF, Hangul jamo U+1100–11FF, CJK and kana from U+2E80, surrogates): a cheap test that
 * spares the script regex for nearly every Latin and Vietnamese token.
 */
function mayHoldSegmentedScript(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 0x2e80 || (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1100 && code <= 0x11ff)) {
      return true;
    }
  }
  return false;
}

/** The text's tokens in the exact or folded index form (what the title/text or *_folded column holds). */
export function indexTokensOf(text: AnalysedText, form: 'exact' | 'folded'): IndexTokens {
  const tokens: string[] = [];
  const owners: number[] = [];
  const lastOwners: number[] = [];
  text.forms.forEach((forms, owner) => {
    for (const token of forms[form]) {
      tokens.push(token);
      owners.push(owner);
      lastOwners.push(owner + forms.reach);
    }
  });
  return { tokens, owners, lastOwners };
}

/**
 * HTML of the text with the tokens at `positions` in <mark>; adjacent marked tokens share one mark.
 * With `window`, only the `window` tokens around the densest run of matches are shown, with "…".
 * Null when nothing is marked.
 */
export function renderHighlight(text: AnalysedText, positions: Set<number>, window?: number): string | null {
  if (positions.size === 0) return null;
  const { source, starts, ends, forms } = text;
  const count = forms.length;
  const [first, last] = window ? bestWindow(count, positions, window) : [0, count];
  const cut = last < count || text.truncated;
  let html = first > 0 ? '…' : '';
  let cursor = first > 0 ? starts[first]! : 0;
  for (let i = first; i < last; i++) {
    const marked = positions.has(i);
    const opens = marked && (i === first || !positions.has(i - 1));
    const closes = marked && (i + 1 === last || !positions.has(i + 1));
    html += escapeSeparator(source.slice(cursor, starts[i]));
    html += `${opens ? '<mark>' : ''}${escapeHtml(forms[i]!.display)}${closes ? '</mark>' : ''}`;
    cursor = ends[i]!;
  }
  html += escapeSeparator(source.slice(cursor, cut ? (ends[last - 1] ?? cursor) : source.length));
  return cut ? `${html}…` : html;
}

/** The [first, last) token range of `size` tokens holding the most marked positions. */
function bestWindow(count: number, positions: Set<number>, size: number): [number, number] {
  if (count <= size) return [0, count];
  const sorted = [...positions].sort((a, b) => a - b);
  let best = sorted[0]!;
  let bestHits = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + size) j++;
    if (j - i > bestHits) [best, bestHits] = [sorted[i]!, j - i];
  }
  // Some context before the first match.
  const first = Math.max(0, Math.min(best - Math.floor(size / 4), count - size));
  return [first, first + size];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

function escapeSeparator(s: string): string {
  return escapeHtml(s.replace(MARKERS, ' '));
}

// Token forms are cached by the token's text: news vocabulary is small, so nearly every token of
// a page is a cache hit and normalizeText/foldText run on new words only.
const CACHE_LIMIT = 100_000;
let cache = new Map<string, TokenForms>();

function formsOf(token: string): TokenForms {
  let forms = cache.get(token);
  if (forms) return forms;
  const display = normalizeText(token);
  forms = { display, exact: indexTokens(display), folded: indexTokens(foldText(display)), reach: 0 };
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(token, forms);
  return forms;
}

let table: Uint8Array | null = null;

/** 1 for a BMP code unit that is a token character (L*, N*, M*, Co); built once. */
function tokenTable(): Uint8Array {
  if (table) return table;
  const built = new Uint8Array(0x10000);
  const chars = Array.from({ length: 0x10000 }, (_, code) =>
    code >= 0xd800 && code <= 0xdfff ? ' ' : String.fromCharCode(code),
  ).join('');
  for (const match of chars.matchAll(INDEX_TOKEN)) built.fill(1, match.index, match.index + match[0].length);
  table = built;
  return built;
}

const TOKEN_CHAR = /^[\p{L}\p{N}\p{M}\p{Co}]$/u;

function isTokenAt(s: string, i: number, table: Uint8Array): boolean {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return table[code] === 1;
  return widthAt(s, i) === 2 && TOKEN_CHAR.test(s.slice(i, i + 2));
}

/** 2 for a surrogate pair, else 1. */
function widthAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
