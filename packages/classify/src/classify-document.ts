// One article through the whole classifier: language, topics, province relevance, tone, summary.
import { indexDocument } from '@presswatch/query';
import { type ArticleInput, analyseArticle } from './article.ts';
import { type ProvinceResult, scoreProvince } from './gazetteer/score-province.ts';
import { articleLanguage } from './language.ts';
import type { ClassifierModel } from './model/load-model.ts';
import { summarise } from './summary/summarise.ts';
import { scoreTone } from './tone/score-tone.ts';
import { scoreTopic, type TopicResult } from './topics/score-topics.ts';

export interface DocumentInput {
  id: string;
  title: string;
  text: string;
  /** The language given with the article. */
  lang?: string | null;
  url?: string | null;
  /** The source's declared language, used when `lang` is missing. */
  sourceLanguage?: string | null;
}

export interface Classification {
  id: string;
  lang: string | null;
  /** Every topic with its score; `assigned` marks those over their threshold. */
  topics: TopicResult[];
  province: ProvinceResult;
  /** −1 (negative) … 1 (positive). */
  tone: number;
  summary: string;
}

export function classifyDocument(input: DocumentInput, model: ClassifierModel): Classification {
  const declared = input.lang ?? input.sourceLanguage ?? null;
  const lang = articleLanguage(input.title, input.text, declared);
  const articleInput: ArticleInput = { title: input.title, text: input.text, language: lang };
  const article = analyseArticle(articleInput);
  indexDocument(article, model.vocabulary);
  const topics = model.topics.map((topic) => scoreTopic(topic, article));
  const province = scoreProvince(model.gazetteer, article);
  const terms = [
    ...topics.filter((topic) => topic.assigned).flatMap((topic) => topic.matched),
    ...province.places,
  ];
  return {
    id: input.id,
    lang,
    topics,
    province,
    tone: scoreTone(model.tone, article),
    summary: summarise(input.title, input.text, terms),
  };
}

/** The topics over their threshold. */
export function assignedTopics(classification: Classification): TopicResult[] {
  return classification.topics.filter((topic) => topic.assigned);
}
