// The article container's runs as paragraphs of plain text, without the furniture that sits
// inside article bodies: link lists ("Xem thêm", "Read more"), ad labels, the headline again.
import { linkShare } from './run-quality.ts';
import type { Run } from './segment.ts';

// A run mostly of links is a link list ("Xem thêm: …"); a long one with many links is still prose.
const MAX_LINK_SHARE = 0.75;
const SHORT_RUN = 80;
const MAX_SHORT_LINK_SHARE = 0.5;

// Labels that stand alone inside article bodies where an ad or widget was.
const FURNITURE =
  /^(advertisement|advertisements|ad|ads|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reklame|quảng cáo|story continues below( this)? (advertisement|ad)|continue reading( below)?|scroll to continue( with content)?|article continues below|read more|xem thêm|đọc thêm|tin liên quan|bài liên quan)\s*:?$/iu;

export interface Paragraph {
  text: string;
  run: Run;
}

/** Paragraphs of the runs, in order, furniture dropped; `title` drops a repeated headline. */
export function renderParagraphs(runs: Run[], title: string | null): Paragraph[] {
  const titleKey = title ? comparable(title) : null;
  const out: Paragraph[] = [];
  for (const run of runs) {
    if (run.junk || !run.text) continue;
    const links = linkShare(run);
    if (links > MAX_LINK_SHARE || (links > MAX_SHORT_LINK_SHARE && run.length < SHORT_RUN)) continue;
    if (FURNITURE.test(run.text)) continue;
    if (titleKey && isHeading(run) && comparable(run.text) === titleKey) continue;
    for (const text of run.text.split('\n\n')) out.push({ text, run });
  }
  return out;
}

function isHeading(run: Run): boolean {
  return /^h[1-6]$/.test(run.block.name);
}

function comparable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
