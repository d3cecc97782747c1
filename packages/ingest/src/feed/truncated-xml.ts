// A feed cut off before its end (a body cap reached, a dropped connection, "</rss" without ">")
// still holds every entry before the cut. The document is cut back to the end of its last complete
// item or entry and the elements still open there are closed. Without a complete entry it is only
// repaired when nothing but end tags is missing; a feed cut inside its first entry or its channel
// header stays an error.

const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)(?:\s(?:[^>"']|"[^"<]*"|'[^'<]*')*)?(\/)?>/g;
const ENTRY = /^(?:[\w.-]+:)?(?:item|entry)$/;

/** The document with its elements closed, or unchanged when nothing is left open. */
export function closeTruncatedXml(xml: string): string {
  const doc = xml.replace(/<\/([\w:.-]+)\s*$/, '</$1>');
  const stack: string[] = [];
  let lastEntryEnd: { at: number; open: string[] } | null = null;
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(doc); token; token = TOKEN.exec(doc)) {
    end = token.index + token[0].length;
    const [, closing, opening, selfClosing] = token;
    if (opening && !selfClosing) stack.push(opening);
    if (!closing) continue;
    const at = stack.lastIndexOf(closing);
    if (at < 0) continue;
    stack.length = at;
    if (ENTRY.test(closing)) lastEntryEnd = { at: end, open: [...stack] };
  }
  if (stack.length === 0) return doc;
  if (!lastEntryEnd && doc.slice(end).trim()) return doc;
  const cut = lastEntryEnd ?? { at: end, open: stack };
  const closers = [...cut.open].reverse().map((name) => `</${name}>`);
  return doc.slice(0, cut.at) + closers.join('');
}
