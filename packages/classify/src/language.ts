// The article's language: detected from the headline and the opening, with the declared
// language (the article's, else the page's or the source's) as the prior (@presswatch/text).
import { detectLanguage } from '@presswatch/text';

/** How much text the detector reads: the headline and the opening are enough. */
const SAMPLE_CHARS = 1000;

export function articleLanguage(title: string, body: string, declared: string | null): string | null {
  const found = detectLanguage(`${title}\n${body.slice(0, SAMPLE_CHARS)}`, declared).language;
  return found !== 'und' ? found : declared;
}
