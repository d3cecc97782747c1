// Accuracy of detectLanguage per language under several priors and sample lengths, on the
// labelled texts of language-samples.ts. Used by detect-language-shared.test.ts; run alone to
// print the table: node --import tsx packages/text/test/language-accuracy.ts
import { pathToFileURL } from 'node:url';
import { detectLanguage, foldText } from '../src/index.ts';
import { fundusTexts, type LabelledText, vietnameseCorpusTexts } from './language-samples.ts';

export interface Condition {
  name: string;
  /** The text handed to the detector. */
  input: (t: LabelledText) => string;
  /** The prior handed with it. */
  prior: (t: LabelledText) => string | null;
}

const opening = (t: LabelledText) => `${t.title}\n${t.text.slice(0, 1000)}`;

export const CONDITIONS: Condition[] = [
  { name: 'opening, no prior', input: opening, prior: () => null },
  { name: 'opening, right prior', input: opening, prior: (t) => t.language },
  { name: 'opening, wrong prior', input: opening, prior: (t) => (t.language === 'vi' ? 'en' : 'vi') },
  { name: 'headline, no prior', input: (t) => t.title, prior: () => null },
  { name: 'headline, right prior', input: (t) => t.title, prior: (t) => t.language },
  { name: 'opening without diacritics, no prior', input: (t) => foldText(opening(t)), prior: () => null },
];

/** language → [correct, total] for one condition. */
export function accuracyByLanguage(
  texts: LabelledText[],
  condition: Condition,
): Map<string, [number, number]> {
  const tally = new Map<string, [number, number]>();
  for (const t of texts) {
    const found = detectLanguage(condition.input(t), condition.prior(t)).language;
    const row = tally.get(t.language) ?? [0, 0];
    if (found === t.language) row[0]++;
    row[1]++;
    tally.set(t.language, row);
  }
  return tally;
}

export function overall(tally: Map<string, [number, number]>): number {
  let correct = 0;
  let total = 0;
  for (const [c, n] of tally.values()) {
    correct += c;
    total += n;
  }
  return total > 0 ? correct / total : Number.NaN;
}

export function labelledTexts(vietnameseCount: number): LabelledText[] | null {
  const fundus = fundusTexts();
  const vietnamese = vietnameseCorpusTexts(vietnameseCount);
  if (!fundus || !vietnamese) return null;
  return [...fundus, ...vietnamese];
}

function printTables(): void {
  const texts = labelledTexts(Number(process.env.VI_ITEMS ?? 2000));
  if (!texts) {
    console.log('../shared/extraction/fundus or ../shared/corpus is missing');
    return;
  }
  for (const condition of CONDITIONS) {
    const tally = accuracyByLanguage(texts, condition);
    const rows = [...tally].sort((a, b) => b[1][1] - a[1][1]);
    const cells = rows.map(([lang, [c, n]]) => `${lang} ${c}/${n}`).join('  ');
    console.log(`${condition.name}: ${(overall(tally) * 100).toFixed(1)} %\n  ${cells}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printTables();
