// The ends of the article text: what sits before the first sentence (headline again, dateline,
// byline, category labels) and after the last one (share prompts, "comments", a signature).
// Vietnamese papers sign articles at the bottom, a name alone on a bold or right-aligned line:
// it is taken out of the text and offered as the byline.
import { type Element, isTag, isText, squash } from '../dom.ts';
import type { Paragraph } from './render.ts';

const SENTENCE_END = /[.!?…。！？؟:"”»'’)\]]$/u;
const LONG_LINE = 80;
const MIN_WORDS = 5;
const MAX_SIGNATURE = 60;
const SOURCE_LINE = /^\(?(?:theo|nguồn|source|quelle|fuente)\b/iu;

export interface Edges {
  paragraphs: Paragraph[];
  signature: string | null;
}

const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1780-\u17ff]/;

// "Chủ nhật, 2/11/2025, 19:25 (GMT+7)", "Updated 11:21 pm, November 19, 2019": a dateline.
const DATELINE =
  /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-zä]*\.?\s+\d{4}/i;
const MAX_DATELINE = 100;

/** A line that reads as part of the article rather than a label around it. */
export function isSentence(text: string): boolean {
  if (text.length < MAX_DATELINE && DATELINE.test(text)) return false;
  const dense = DENSE_SCRIPT.test(text);
  if (text.length * (dense ? 3 : 1) >= LONG_LINE) return true;
  return SENTENCE_END.test(text) && (dense || text.split(/\s+/).length >= MIN_WORDS);
}

/** The last line of the article text: a sentence, or any line that ends like one ("Đoạn kết."). */
function endsArticle(text: string): boolean {
  if (text.length < MAX_DATELINE && DATELINE.test(text)) return false;
  return isSentence(text) || SENTENCE_END.test(text);
}

/** Lines the end trim keeps: list items (lists end articles) and source credits. */
function keepsAtEnd(p: Paragraph): boolean {
  return SOURCE_LINE.test(p.text) || p.run.block.name === 'li';
}

export function trimEdges(paragraphs: Paragraph[]): Edges {
  const first = paragraphs.findIndex((p) => isSentence(p.text));
  if (first === -1) return { paragraphs, signature: null };
  let last = paragraphs.length - 1;
  while (last > first && !endsArticle(paragraphs[last]!.text)) last--;
  const tail = paragraphs.slice(last + 1);
  const signatureAt = tail.findIndex((p) => isSignature(p));
  const signature = signatureAt >= 0 ? tail[signatureAt]!.text : null;
  const kept = tail.filter((p, i) => i !== signatureAt && keepsAtEnd(p));
  return { paragraphs: [...paragraphs.slice(first, last + 1), ...kept], signature };
}

/** A short name line, bold or right-aligned, as Vietnamese papers sign: "Lê Phương", "Bài và ảnh: N.T.B". */
function isSignature(p: Paragraph): boolean {
  const text = p.text;
  if (text.length > MAX_SIGNATURE || SOURCE_LINE.test(text) || /\d{3,}/.test(text)) return false;
  const words = text
    .replace(/^[^:]{1,20}:\s*/, '')
    .split(/[\s,–-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.!?]$/.test(text)) return false;
  const capitalised = (w: string) => /^[\p{Lu}\d(]/u.test(w);
  const right = isRightAligned(p.run.block);
  const emphasised = isEmphasised(p.run.block);
  // A person signs with capitalised words; an office ("Văn phòng UBND xã") signs on a line
  // that is both right-aligned and emphasised.
  if (words.every((w) => capitalised(w) || /^(?:và|and|de|van|von|da|di)$/i.test(w)))
    return right || emphasised;
  return capitalised(words[0]!) && right && emphasised;
}

function isRightAligned(block: Element): boolean {
  const style = block.attribs['style'] ?? '';
  const names = `${block.attribs['class'] ?? ''} ${block.attribs['align'] ?? ''}`;
  return /text-align\s*:\s*right/i.test(style) || /\b(?:right|author|signature|tac-?gia)\b/i.test(names);
}

/** All the block's text sits inside <strong>, <b> or <em>. */
function isEmphasised(block: Element): boolean {
  let emphasised = false;
  for (const child of block.children) {
    if (isText(child)) {
      if (squash(child.data)) return false;
    } else if (isTag(child)) {
      if (!['strong', 'b', 'em', 'i'].includes(child.name)) return false;
      emphasised = true;
    }
  }
  return emphasised;
}
