// The places named in an article, after disambiguation: hits inside a longer name are dropped
// (`Quảng Trị` inside `thị xã Quảng Trị` is the town), and so are hits whose neighbours say they
// are something else (`tỉnh Quảng Ninh`, `phía đông Hà Nội`).
import type { MatchHit } from '@presswatch/domain';
import type { AnalysedArticle } from '../article.ts';
import type { GazetteerModel, PlaceModel, Words } from './load-gazetteer.ts';

export interface PlaceHit extends MatchHit {
  place: PlaceModel;
  /** A qualifier (`huyện`, `xã`…) comes right before the name. */
  qualified: boolean;
  /** The province's authority acting (`Công an tỉnh` + the name). */
  authority: boolean;
}

export function findPlaceHits(gazetteer: GazetteerModel, article: AnalysedArticle): PlaceHit[] {
  const found: PlaceHit[] = [];
  for (const hit of gazetteer.names.matcher(article).hits) {
    const tokens = article[hit.field].exact;
    const key = tokens.slice(hit.start, hit.end).join(' ');
    for (const place of gazetteer.placesByName.get(key) ?? []) {
      if (place.notAfter.some((words) => endsAt(tokens, hit.start, words))) continue;
      if (place.notBefore.some((words) => startsAt(tokens, hit.end, words))) continue;
      const qualifiers = place.qualifiers ?? gazetteer.qualifiers;
      const qualified = qualifiers.some((words) => endsAt(tokens, hit.start, words));
      const authorities = gazetteer.authorities;
      const authority =
        authorities?.of.has(place.id) === true &&
        authorities.prefixes.some((words) => endsAt(tokens, hit.start, words));
      found.push({ ...hit, place, qualified, authority });
    }
  }
  return dropContained(found);
}

/** Hits of other provinces' names (for list detection), minus those inside one of ours. */
export function findOtherHits(gazetteer: GazetteerModel, article: AnalysedArticle, ours: PlaceHit[]) {
  const result = gazetteer.list.others?.matcher(article);
  if (!result?.matched) return [];
  return result.hits.filter((hit) => !ours.some((own) => contains(own, hit)));
}

/** Do the tokens just before `position` equal `words`? */
export function endsAt(tokens: readonly string[], position: number, words: Words): boolean {
  const from = position - words.length;
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) if (tokens[from + k] !== words[k]) return false;
  return true;
}

/** Do the tokens from `position` on equal `words`? */
export function startsAt(tokens: readonly string[], position: number, words: Words): boolean {
  if (position + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[position + k] !== words[k]) return false;
  return true;
}

function contains(outer: MatchHit, inner: MatchHit): boolean {
  return (
    outer.field === inner.field &&
    outer.start <= inner.start &&
    inner.end <= outer.end &&
    outer.end - outer.start > inner.end - inner.start
  );
}

function dropContained(hits: PlaceHit[]): PlaceHit[] {
  return hits.filter((hit) => !hits.some((other) => other !== hit && contains(other, hit)));
}
