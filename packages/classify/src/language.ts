// The article's language. @presswatch/text is gaining detectLanguage (the source's declared
// language as a prior); until it is there, the declared language is the answer.
import * as text from '@presswatch/text';

type Detector = (s: string, prior?: string | null) => unknown;

/** How much text the detector reads: the headline and the opening are enough. */
const SAMPLE_CHARS = 1000;

export function articleLanguage(title: string, body: string, declared: string | null): string | null {
  const detect = (text as unknown as Record<string, unknown>)['detectLanguage'];
  if (typeof detect === 'function') {
    const found = (detect as Detector)(`${title}\n${body.slice(0, SAMPLE_CHARS)}`, declared);
    const code = typeof found === 'string' ? found : (found as { language?: unknown } | null)?.language;
    if (typeof code === 'string' && code && code !== 'und') return code;
  }
  return declared;
}
