// Defaults of a rule's optional parts, in one place for the API and tests.
import type { RuleFilters } from '@presswatch/domain';

export function emptyFilters(): RuleFilters {
  return {
    topics: [],
    sourceIds: [],
    countries: [],
    languages: [],
    domestic: null,
    minRelevance: null,
    minTone: null,
    maxTone: null,
  };
}
