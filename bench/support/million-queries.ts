// The query shapes of the million-item benchmarks (bench/million.bench.ts on the embedded store,
// bench/engine-million.bench.ts on the engine): what analysts type, each with four facets.
import type { FacetField } from '@presswatch/domain';

export const MILLION_FACETS: FacetField[] = ['source', 'language', 'country', 'domestic'];

export const MILLION_QUERIES: Record<string, string> = {
  word: 'biển',
  phrase: '"Quảng Trị"',
  'boolean+NEAR': '(biên NEAR/3 giới OR "cửa khẩu") AND -"bóng đá"',
  'no diacritics': 'quang tri',
};
