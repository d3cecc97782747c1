// Relevance to the province: every place hit weighs its zone × the place's weight, less when the
// name is ambiguous and unqualified or sits in a list of other provinces; the weights add up with
// diminishing returns and are squashed to 0..1.
import type { MatchHit } from '@presswatch/domain';
import type { AnalysedArticle } from '../article.ts';
import { diminishingSum, toScore, zoneOf } from '../rules/zones.ts';
import type { GazetteerModel } from './load-gazetteer.ts';
import { findOtherHits, findPlaceHits, type PlaceHit } from './place-hits.ts';

export interface ProvinceResult {
  score: number;
  /** score ≥ the gazetteer's threshold. */
  relevant: boolean;
  /** Display names of the places found, strongest first. */
  places: string[];
}

export function scoreProvince(gazetteer: GazetteerModel, article: AnalysedArticle): ProvinceResult {
  const hits = findPlaceHits(gazetteer, article);
  if (hits.length === 0) return { score: 0, relevant: false, places: [] };
  const others = findOtherHits(gazetteer, article, hits);
  const anchored = hits.some((hit) => !hit.place.ambiguous || hit.qualified);
  const byPlace = new Map<string, number>();
  const weights: number[] = [];
  for (const hit of hits) {
    const weight = hitWeight(gazetteer, article, hit, others, anchored);
    if (weight <= 0) continue;
    weights.push(weight);
    byPlace.set(hit.place.name, Math.max(byPlace.get(hit.place.name) ?? 0, weight));
  }
  const score = Math.round(toScore(diminishingSum(weights, gazetteer.decay)) * 1000) / 1000;
  const places = [...byPlace.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return { score, relevant: score >= gazetteer.threshold, places };
}

function hitWeight(
  gazetteer: GazetteerModel,
  article: AnalysedArticle,
  hit: PlaceHit,
  others: MatchHit[],
  anchored: boolean,
): number {
  const placeWeight = hit.authority ? gazetteer.authorities!.weight : hit.place.weight;
  let weight = gazetteer.zones[zoneOf(hit, article)] * placeWeight;
  if (hit.place.ambiguous && !hit.qualified) {
    if (!anchored) return 0;
    weight *= gazetteer.ambiguityFactor;
  }
  if (inList(gazetteer, hit, others)) weight *= gazetteer.list.factor;
  return weight;
}

/** Are at least `minOthers` other provinces named within `window` tokens of the hit? */
function inList(gazetteer: GazetteerModel, hit: PlaceHit, others: MatchHit[]): boolean {
  const { window, minOthers } = gazetteer.list;
  let near = 0;
  for (const other of others) {
    if (other.field !== hit.field) continue;
    if (other.end > hit.start - window && other.start < hit.end + window) near++;
  }
  return near >= minOthers;
}
