// The lead sentences of an article, kept per cluster member for the cluster's summary. A sentence
// ends at . ! ? … (with any closing quotes or brackets) before a space and a capital, digit or
// opening quote, or at a line break — not after a short abbreviation (`TP. Hồ Chí Minh`, `TS.`).

const END = /([.!?…]+["”’»)\]]*)(\s+)(?=["“‘«([]?[\p{Lu}\p{N}])|\n+/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:tp|tt|ts|ths|pgs|gs|bs|ks|ls|mr|mrs|ms|dr|st|jr|inc|ltd|co|no|vs|[\p{L}])$/iu;

/** Sentences too short to say anything (datelines, photo credits) or too long to quote are skipped. */
const MIN_CHARS = 25;
const MAX_CHARS = 400;
/** Only the start of an article is read for its lead sentences. */
const LEAD_WINDOW = 6000;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  for (const match of text.matchAll(END)) {
    const punctuation = match[1] ?? '';
    if (punctuation === '.' && ABBREVIATION.test(text.slice(Math.max(from, match.index - 6), match.index)))
      continue;
    pushTrimmed(sentences, text.slice(from, match.index + punctuation.length));
    from = match.index + match[0].length;
  }
  pushTrimmed(sentences, text.slice(from));
  return sentences;
}

/** The first `count` quotable sentences of `text`. */
export function leadSentences(text: string, count = 6): string[] {
  const sentences = splitSentences(text.slice(0, LEAD_WINDOW));
  if (text.length > LEAD_WINDOW) sentences.pop(); // cut short by the window
  const out: string[] = [];
  for (const sentence of sentences) {
    if (sentence.length >= MIN_CHARS && sentence.length <= MAX_CHARS) out.push(sentence);
    if (out.length >= count) break;
  }
  return out;
}

function pushTrimmed(sentences: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) sentences.push(trimmed);
}
