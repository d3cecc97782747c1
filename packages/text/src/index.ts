export { foldText, hasDiacritics } from './fold.ts';
export { normalizeText } from './normalize.ts';
export { tokenize } from './tokenize.ts';
