// Trigram language identification for scripts several languages share (Latin, Cyrillic, Arabic,
// Devanagari…), by franc (its trigram profiles ship inside the npm package; nothing is
// downloaded). franc builds its tables when its module is evaluated (~80 ms), so it is loaded on
// the first text that needs it, not when @presswatch/text is imported: most callers never do.
import { createRequire } from 'node:module';
import { ISO_639_1_BY_639_3 } from './iso-639.ts';

type FrancAll = (value: string, options?: { only?: string[]; minLength?: number }) => [string, number][];

/** franc's candidates: the languages that have an ISO 639-1 code (see iso-639.ts). */
const CANDIDATES = Object.keys(ISO_639_1_BY_639_3);

/** franc reads at most this many characters anyway. */
const MAX_SAMPLE = 2048;

let francAll: FrancAll | null | undefined;

function loadFranc(): FrancAll | null {
  if (francAll !== undefined) return francAll;
  try {
    // Synchronous require of an ES module: Node ≥ 20.19 (the project runs 20.20).
    const require = createRequire(import.meta.url);
    francAll = (require('franc') as { francAll: FrancAll }).francAll;
  } catch {
    francAll = null; // detection then rests on scripts, Vietnamese letters and the prior
  }
  return francAll;
}

export interface TrigramGuess {
  /** ISO 639-1 codes, best first, with franc's scores (1 for the best, lower for the rest). */
  ranked: { language: string; score: number }[];
}

/** Languages ranked by trigram distance, or null when franc is unavailable or the text too short. */
export function rankByTrigrams(text: string): TrigramGuess | null {
  const franc = loadFranc();
  if (!franc) return null;
  const results = franc(text.slice(0, MAX_SAMPLE), { only: CANDIDATES, minLength: 10 });
  const ranked: TrigramGuess['ranked'] = [];
  for (const [code, score] of results) {
    const language = ISO_639_1_BY_639_3[code];
    // Two franc languages can share a 639-1 code (pes/prs → fa): the first, better one counts.
    if (language && !ranked.some((r) => r.language === language)) ranked.push({ language, score });
  }
  return ranked.length > 0 ? { ranked } : null;
}
