// The in-memory query matcher (semantics: compile-matcher.ts) and the document analysis it runs on.
export { analyseDocument, type DocumentToAnalyse, withoutMarkers } from './analyse-document.ts';
export { type AnalysedParts, analyseField, analyseParts, referenceAnalysis } from './analyse-field.ts';
export { compileMatcher, compileMatcherWith } from './compile-matcher.ts';
export type { CompileOptions } from './text-pattern.ts';
export { TokenLookup } from './token-lookup.ts';
export { indexDocument, type Vocabulary, vocabularyOf } from './vocabulary.ts';
