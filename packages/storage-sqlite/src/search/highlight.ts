// Highlights from FTS5 highlight() output. FTS5 marks matches in the column it is asked about,
// but a folded query word matches in title_folded/text_folded, not in the text we show. The
// exact and folded columns hold the same tokens in the same order (folding never splits or joins
// words), so matches are taken as token positions from both, united, and drawn on the exact text.
// The text is HTML-escaped piece by piece; only our own <mark> tags are added.

/** Markers passed to highlight(); item text has them stripped before indexing (item-rows.ts). */
export const OPEN = '\u0001';
export const CLOSE = '\u0002';

/** Either marker (built from the constants: control characters are not written in regex literals). */
export const MARKERS = new RegExp(`[${OPEN}${CLOSE}]`, 'gu');

const WORD_CHARS = '[\\p{L}\\p{N}\\p{M}\\p{Co}]+';
const TOKEN = new RegExp(WORD_CHARS, 'gu');
const TOKEN_OR_MARKER = new RegExp(`[${OPEN}${CLOSE}]|${WORD_CHARS}`, 'gu');

/** Positions (0-based token indexes) of the tokens inside markers. */
export function markedPositions(marked: string): Set<number> {
  const positions = new Set<number>();
  let inside = false;
  let index = 0;
  for (const [piece] of marked.matchAll(TOKEN_OR_MARKER)) {
    if (piece === OPEN) inside = true;
    else if (piece === CLOSE) inside = false;
    else {
      if (inside) positions.add(index);
      index++;
    }
  }
  return positions;
}

export function stripMarkers(marked: string): string {
  return marked.replace(MARKERS, '');
}

interface Span {
  start: number;
  end: number;
}

/**
 * HTML of `text` with the tokens at `positions` in <mark>; adjacent marked tokens share one mark.
 * With `window`, only the `window` tokens around the densest run of matches are shown, with "…".
 * Null when nothing is marked.
 */
export function renderHighlight(text: string, positions: Set<number>, window?: number): string | null {
  if (positions.size === 0) return null;
  const tokens: Span[] = [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const [first, last] = window ? bestWindow(tokens.length, positions, window) : [0, tokens.length];
  let html = first > 0 ? '…' : '';
  let cursor = first > 0 ? tokens[first]!.start : 0;
  for (let i = first; i < last; i++) {
    const token = tokens[i]!;
    const marked = positions.has(i);
    const opens = marked && !positions.has(i - 1);
    const closes = marked && (!positions.has(i + 1) || i + 1 === last);
    html += escapeHtml(text.slice(cursor, token.start));
    html += `${opens || (marked && i === first) ? '<mark>' : ''}${escapeHtml(text.slice(token.start, token.end))}`;
    html += closes ? '</mark>' : '';
    cursor = token.end;
  }
  const end = last < tokens.length ? tokens[last - 1]!.end : text.length;
  html += escapeHtml(text.slice(cursor, end));
  return last < tokens.length ? `${html}…` : html;
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
