export { splitSentences } from '@presswatch/text';
export { type AnalysedArticle, type ArticleInput, analyseArticle } from './article.ts';
export {
  assignedTopics,
  type Classification,
  classifyDocument,
  type DocumentInput,
} from './classify-document.ts';
export type { ProvinceResult } from './gazetteer/score-province.ts';
export { type ClassifyOutput, classifyJsonLine, type LineResult, toOutput } from './jsonl.ts';
export {
  type ClassifierModel,
  defaultLexiconDir,
  loadClassifierModel,
  type ModelPaths,
} from './model/load-model.ts';
export { RulesFileError } from './model/rules-file.ts';
export { summarise } from './summary/summarise.ts';
export type { TopicResult } from './topics/score-topics.ts';
