// The tone lexicons of every language merged into one list of exact phrases. Their words join the
// classifier's vocabulary, so the article's one indexing pass finds them; score-tone.ts then takes
// the longest entry at each position (`không khí` the air before `không` the negator).
import { analyseField, locatePhrase, type PhraseLocator } from '@presswatch/query';
import { RulesFileError, readRulesFile, yamlFilesIn } from '../model/rules-file.ts';
import { type LexiconFile, lexiconFileSchema } from './lexicon-file.ts';

/** What an entry is: a polarity weight (±1, ±2), a negator, or neutral (0 and not a negator). */
export type EntryKind =
  | { kind: 'polar'; weight: number }
  | { kind: 'negator'; scope: number }
  | { kind: 'neutral' };

export interface ToneEntry {
  locator: PhraseLocator;
  kind: EntryKind;
}

export interface ToneLexicon {
  entries: ToneEntry[];
}

export function loadToneLexicon(dir: string): ToneLexicon {
  const byPhrase = new Map<string, ToneEntry>();
  for (const file of yamlFilesIn(dir)) addLexicon(byPhrase, readRulesFile(file, lexiconFileSchema), file);
  return { entries: [...byPhrase.values()] };
}

function addLexicon(byPhrase: Map<string, ToneEntry>, lexicon: LexiconFile, file: string): void {
  const groups: [keyof LexiconFile, EntryKind][] = [
    ['positive', { kind: 'polar', weight: 1 }],
    ['negative', { kind: 'polar', weight: -1 }],
    ['strongly_positive', { kind: 'polar', weight: 2 }],
    ['strongly_negative', { kind: 'polar', weight: -2 }],
    ['negators', { kind: 'negator', scope: lexicon.negation_scope }],
    ['neutral', { kind: 'neutral' }],
  ];
  for (const [key, entry] of groups) {
    (lexicon[key] as string[]).forEach((phrase, i) => {
      const words = analyseField(phrase).exact;
      if (words.length === 0) throw new RulesFileError(file, `${key}.${i}`, `"${phrase}" holds no word`);
      // A phrase listed twice keeps its last meaning, as a later file refines an earlier one.
      byPhrase.set(words.join(' '), { locator: locatePhrase(words), kind: entry });
    });
  }
}
