export {
  type CombinationWeights,
  combineWithRules,
  DEFAULT_COMBINATION_WEIGHTS,
} from './combine.ts';
export {
  type ConfidentRuleThresholds,
  DEFAULT_CONFIDENT_RULES,
  examplesFromFeedback,
  examplesFromLabelled,
  type LabelledRecord,
  withConfidentRuleLabels,
} from './examples.ts';
export type { ModelDocument } from './features.ts';
export { chooseModelWeight, WEIGHT_CANDIDATES, type WeightSample } from './fit-weight.ts';
export { examplesFromStores } from './from-store.ts';
export { DEFAULT_LOGISTIC_OPTIONS, type LogisticOptions } from './logistic.ts';
export { scoreWithModel } from './score.ts';
export { type TopicModelJson, topicModelFromJson, topicModelToJson } from './serialize.ts';
export {
  DEFAULT_TRAINING_OPTIONS,
  type TopicExample,
  type TopicWeights,
  type TrainedTopicModel,
  type TrainingOptions,
  trainTopicModel,
} from './train.ts';
