// The classifier as the process stage applies it: language, assigned topics, province relevance
// and places, tone and summary of an item, from the topic rules and gazetteer loaded once.
import { classifyDocument, loadClassifierModel } from '@presswatch/classify';
import type { Item } from '@presswatch/domain';

export interface ClassifierSettings {
  topicsDir: string;
  gazetteerDir: string;
}

/** What classification reads of an item (small, so a pool thread gets it cheaply). */
export interface ClassifyInput {
  id: string;
  title: string;
  text: string;
  /** The item's language, else its source's: the fallback when detection is unsure. */
  sourceLanguage: string | null;
}

export type ItemClassifier = (input: ClassifyInput) => Partial<Item>;

export function createItemClassifier(settings: ClassifierSettings): ItemClassifier {
  const model = loadClassifierModel(settings);
  return (input) => {
    const result = classifyDocument(
      {
        id: input.id,
        title: input.title,
        text: input.text,
        lang: null,
        sourceLanguage: input.sourceLanguage,
      },
      model,
    );
    return {
      language: result.lang ?? input.sourceLanguage,
      topics: result.topics
        .filter((topic) => topic.assigned)
        .map((topic) => ({ topic: topic.topic, score: topic.score, matched: topic.matched })),
      relevance: result.province.score,
      places: result.province.places,
      tone: result.tone,
      summary: result.summary || null,
    };
  };
}

/** The input for `item`, whose source may know its language. */
export function classifyInputOf(item: Item, sourceLanguage: string | null | undefined): ClassifyInput {
  return {
    id: item.id,
    title: item.title,
    text: item.text,
    sourceLanguage: item.language ?? sourceLanguage ?? null,
  };
}
