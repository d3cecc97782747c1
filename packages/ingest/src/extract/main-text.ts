// The article's main text: the most likely container, then its paragraphs.
import type { CheerioAPI } from 'cheerio';
import { elementText, type Selection } from '../html-text.ts';

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre';

/** Call after removeBoilerplate. Paragraphs are separated by blank lines. */
export function extractMainText($: CheerioAPI): string {
  const root = mainContainer($);
  if (root.find('p').length === 0) return elementText($, root);
  const blocks = root
    .find(BLOCKS)
    .toArray()
    // The innermost block carries the text: <blockquote><p>…</p></blockquote> counts once.
    .filter((el) => $(el).find(BLOCKS).length === 0)
    .map((el) => elementText($, $(el)))
    .filter(Boolean);
  return blocks.join('\n\n');
}

/** [itemprop=articleBody], else the <article> with the most paragraph text, else the densest parent of <p>s. */
function mainContainer($: CheerioAPI): Selection {
  const body = $('[itemprop~="articleBody"]').first();
  if (body.length > 0 && paragraphChars($, body) > 0) return body;
  const article = mostParagraphText(
    $,
    $('article')
      .toArray()
      .map((el) => $(el)),
  );
  if (article) return article;
  return densestParagraphParent($) ?? $('body');
}

function densestParagraphParent($: CheerioAPI): Selection | null {
  const scores = new Map<unknown, { node: Selection; score: number }>();
  for (const p of $('p').toArray()) {
    const parent = $(p).parent();
    const key = parent.get(0);
    if (!key) continue;
    const entry = scores.get(key) ?? { node: parent, score: 0 };
    entry.score += $(p).text().trim().length;
    scores.set(key, entry);
  }
  const top = [...scores.values()].sort((a, b) => b.score - a.score)[0];
  return top && top.score > 0 ? top.node : null;
}

function paragraphChars($: CheerioAPI, node: Selection): number {
  return node
    .find('p')
    .toArray()
    .reduce((sum, p) => sum + $(p).text().trim().length, 0);
}

function mostParagraphText($: CheerioAPI, nodes: Selection[]): Selection | null {
  let top: { node: Selection; score: number } | null = null;
  for (const node of nodes) {
    const s = paragraphChars($, node);
    if (s > 0 && (!top || s > top.score)) top = { node, score: s };
  }
  return top?.node ?? null;
}
