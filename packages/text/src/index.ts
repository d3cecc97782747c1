export { isLetterCode, isLetterOrNumberCode, isUpperCode } from './char-class.ts';
export { foldText, hasDiacritics } from './fold.ts';
export { type DetectedLanguage, detectLanguage } from './language/detect-language.ts';
export { primaryLanguageCode } from './language/iso-639.ts';
export { isKnownNfc, nfcSafeTable, toNfc } from './nfc.ts';
export { normalizeText } from './normalize.ts';
export {
  cjkBigrams,
  dictionaryWordSpans,
  dictionaryWords,
  hasSegmentedScript,
  isSegmentedScriptChar,
  type ScriptRun,
  scriptRuns,
  segmentScripts,
} from './segment-scripts.ts';
export { splitSentences } from './sentences.ts';
export { tokenize } from './tokenize.ts';
