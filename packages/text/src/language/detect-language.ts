// The language of a text, with a declared language (the source's or the page's) as the prior.
//
//   1. scripts one language owns decide (Thai → th, Lao → lo, Khmer → km, Hangul → ko, kana → ja,
//      Han → zh, Greek → el…);
//   2. Latin text with Vietnamese letters (ơ ư ă đ, stacked tone marks) is Vietnamese; so is
//      Latin text whose folded words are largely Vietnamese function words (unaccented Vietnamese,
//      which trigram models confuse with Javanese or Malay);
//   3. a declared language whose function words clearly lead (en, fr, de, es…) stands;
//   4. otherwise franc ranks languages by trigrams. The prior wins when the text is short or
//      when it ranks (nearly) as well as the best; a long text clearly in another language
//      overrides it.
import { foldText } from '../fold.ts';
import { confirmedByFunctionWords, languageByFunctionWords } from './function-words.ts';
import { primaryLanguageCode } from './iso-639.ts';
import { dominantScript, profileScripts, type ScriptName, type ScriptProfile } from './script-profile.ts';
import { rankByTrigrams } from './trigram-detector.ts';
import { foldedVietnameseShare } from './vietnamese-evidence.ts';

export interface DetectedLanguage {
  /** ISO 639-1 code (`vi`, `en`, `fr`, `zh`, `lo`…), or `und` when nothing can be said. */
  language: string;
  /** 0..1: how sure the detector is. */
  confidence: number;
  /** What decided: the script, Vietnamese letters or words, trigrams, or the prior alone. */
  method: 'script' | 'vietnamese' | 'trigrams' | 'prior' | 'none';
}

/** Characters read: the headline and the opening say enough. */
const SAMPLE_CHARS = 2000;
/** Fewer letters than this: too little to overrule the prior. */
const SHORT_LETTERS = 40;
/** From this many letters on, a clear trigram winner overrides the prior. */
const LONG_LETTERS = 150;
/** The prior stands while its trigram score is within this of the best one's (1). */
const PRIOR_MARGIN = 0.02;
/** The quick look at the start of a text (quickVietnamese): its length and what it must hold. */
const QUICK_CHARS = 300;
const QUICK_MIN_LATIN = 150;
const QUICK_MIN_VIETNAMESE = 10;
/**
 * Vietnamese letters among Latin letters from which a text is Vietnamese: always from STRONG (in
 * Vietnamese news 99.9 % of openings have ≥ 11 %, the median is 19 %), and from LETTER unless
 * another language's function words clearly lead (an English report dense with Vietnamese
 * names reaches ~6 %).
 */
const VIETNAMESE_STRONG_SHARE = 0.08;
const VIETNAMESE_LETTER_SHARE = 0.02;
/** Vietnamese function words among the words of unaccented text from which it is Vietnamese. */
const VIETNAMESE_WORD_SHARE = 0.07;

/** Scripts only one language (of those we name) writes, with that language. */
const SCRIPT_LANGUAGE: Partial<Record<ScriptName, string>> = {
  hangul: 'ko',
  thai: 'th',
  lao: 'lo',
  khmer: 'km',
  myanmar: 'my',
  greek: 'el',
  georgian: 'ka',
  armenian: 'hy',
};

/** Detects the language of `text`; `prior` is the declared one (`vi`, `vi-VN`, `vie`…). */
export function detectLanguage(text: string, prior?: string | null): DetectedLanguage {
  const declared = primaryLanguageCode(prior);
  const quick = quickVietnamese(text);
  if (quick) return quick;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const profile = profileScripts(sample);
  const script = dominantScript(profile);
  if (!script) return fromPrior(declared);
  const byScript = languageOfScript(script, profile, declared);
  if (byScript) return { language: byScript, confidence: scriptShare(profile, script), method: 'script' };
  if (script === 'latin') {
    const vietnamese = vietnameseEvidence(sample, profile);
    if (vietnamese) return vietnamese;
  }
  if (profile.letters < SHORT_LETTERS) return fromPrior(declared);
  if (declared && confirmedByFunctionWords(sample, declared)) {
    return { language: declared, confidence: 0.9, method: 'prior' };
  }
  return byTrigrams(sample, profile.letters, declared);
}

/**
 * Most texts PressWatch reads are Vietnamese news: when the first QUICK_CHARS already hold plenty
 * of Latin letters, nearly all of the letters, and many Vietnamese ones, the answer is the one the
 * whole sample would give, at a fraction of the cost.
 */
function quickVietnamese(text: string): DetectedLanguage | null {
  if (text.length < QUICK_CHARS * 2) return null;
  const profile = profileScripts(text, QUICK_CHARS);
  if (profile.latin < QUICK_MIN_LATIN || profile.latin < profile.letters * 0.95) return null;
  const share = profile.vietnamese / profile.latin;
  if (profile.vietnamese < QUICK_MIN_VIETNAMESE || share < VIETNAMESE_STRONG_SHARE) return null;
  return { language: 'vi', confidence: round(Math.min(0.99, 0.7 + share * 3)), method: 'vietnamese' };
}

function languageOfScript(
  script: ScriptName,
  profile: ScriptProfile,
  declared: string | null,
): string | null {
  if (script === 'han' || script === 'kana') {
    const kanaShare = profile.kana / (profile.kana + profile.han);
    // Japanese mixes kana into every sentence; a Han text with a stray kana is Chinese unless declared Japanese.
    return kanaShare >= 0.1 || (profile.kana > 0 && declared === 'ja') ? 'ja' : 'zh';
  }
  return SCRIPT_LANGUAGE[script] ?? null;
}

function scriptShare(profile: ScriptProfile, script: ScriptName): number {
  const own = script === 'han' || script === 'kana' ? profile.han + profile.kana : profile[script];
  return round(Math.min(0.99, own / profile.letters));
}

function vietnameseEvidence(sample: string, profile: ScriptProfile): DetectedLanguage | null {
  const letterShare = profile.vietnamese / profile.latin;
  if (profile.vietnamese >= 3 && letterShare >= VIETNAMESE_LETTER_SHARE) {
    // Few Vietnamese letters may be names quoted in a foreign text (`Quảng Trị`, `Nguyễn`).
    if (letterShare < VIETNAMESE_STRONG_SHARE && languageByFunctionWords(sample) !== null) return null;
    return { language: 'vi', confidence: round(Math.min(0.99, 0.7 + letterShare * 3)), method: 'vietnamese' };
  }
  if (profile.vietnamese > 0) return null; // some marks, too few: let the trigrams judge
  const words = foldedVietnameseShare(foldText(sample));
  if (words.hits >= 4 && words.share >= VIETNAMESE_WORD_SHARE) {
    return { language: 'vi', confidence: round(Math.min(0.95, 0.5 + words.share * 2)), method: 'vietnamese' };
  }
  return null;
}

function byTrigrams(sample: string, letters: number, declared: string | null): DetectedLanguage {
  const guess = rankByTrigrams(sample);
  if (!guess) return fromPrior(declared);
  const [best, second] = guess.ranked;
  // Confidence: how far the runner-up trails (franc's scores crowd near 1 on short texts).
  const lead = (entry: { score: number }, next: { score: number } | undefined) =>
    round(Math.min(0.99, (entry.score - (next?.score ?? 0)) * 4));
  if (!declared || best!.language === declared) {
    return { language: best!.language, confidence: lead(best!, second), method: 'trigrams' };
  }
  const priorRank = guess.ranked.findIndex((r) => r.language === declared);
  const prior = priorRank >= 0 ? guess.ranked[priorRank]! : null;
  const close = prior !== null && best!.score - prior.score <= PRIOR_MARGIN;
  if (letters < LONG_LETTERS || close) {
    return {
      language: declared,
      confidence: prior ? round(Math.max(0.3, prior.score - 0.5)) : 0.3,
      method: 'prior',
    };
  }
  return { language: best!.language, confidence: lead(best!, prior ?? second), method: 'trigrams' };
}

function fromPrior(declared: string | null): DetectedLanguage {
  return declared
    ? { language: declared, confidence: 0.3, method: 'prior' }
    : { language: 'und', confidence: 0, method: 'none' };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
