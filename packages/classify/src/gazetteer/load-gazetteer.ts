// Loads a gazetteer file and compiles its names once: each place becomes one matcher (an OR of
// exact phrases), the context words become token sequences.
import type { QueryMatcher, QueryNode } from '@presswatch/domain';
import { analyseField, compileMatcher } from '@presswatch/query';
import { fileStem, RulesFileError, readRulesFile, yamlFilesIn } from '../model/rules-file.ts';
import type { ZoneWeights } from '../rules/zones.ts';
import { gazetteerFileSchema, type PlaceSpec } from './gazetteer-file.ts';

/** Exact tokens of a word or name. */
export type Words = readonly string[];

export interface PlaceModel {
  id: string;
  name: string;
  weight: number;
  ambiguous: boolean;
  /** Its names' exact tokens, each joined by a space. */
  nameKeys: string[];
  notAfter: Words[];
  notBefore: Words[];
  /** null: the gazetteer's qualifiers apply. */
  qualifiers: Words[] | null;
}

export interface GazetteerModel {
  province: string;
  name: string;
  threshold: number;
  zones: ZoneWeights;
  decay: number;
  qualifiers: Words[];
  ambiguityFactor: number;
  list: { window: number; minOthers: number; factor: number; others: NamesMatcher | null };
  places: PlaceModel[];
  /** One matcher for every name of every place (one call per article finds all places). */
  names: NamesMatcher;
  /** The places by name key (exact tokens joined by a space). */
  placesByName: Map<string, PlaceModel[]>;
  /** A name of a place in `of` right after one of `prefixes` is the province's authority acting. */
  authorities: { weight: number; of: ReadonlySet<string>; prefixes: Words[] } | null;
}

/** The gazetteer of a directory: exactly one province file is expected there today. */
export function loadGazetteer(dir: string): GazetteerModel {
  const files = yamlFilesIn(dir);
  if (files.length !== 1) {
    throw new RulesFileError(dir, null, `expected one gazetteer file, found ${files.length}`);
  }
  return loadGazetteerFile(files[0]!);
}

export function loadGazetteerFile(file: string): GazetteerModel {
  const spec = readRulesFile(file, gazetteerFileSchema);
  const places = spec.places.map((place, i) => placeModel(place, file, `places.${i}`));
  return {
    province: spec.province ?? fileStem(file),
    name: spec.name,
    threshold: spec.threshold,
    zones: spec.zones,
    decay: spec.decay,
    qualifiers: wordsOf(spec.qualifiers, file, 'qualifiers'),
    ambiguityFactor: spec.ambiguity.factor,
    list: {
      window: spec.list.window,
      minOthers: spec.list.min_others,
      factor: spec.list.factor,
      others: spec.list.others.length > 0 ? namesMatcher(spec.list.others, file, 'list.others') : null,
    },
    places,
    names: namesMatcher(
      spec.places.flatMap((place) => place.names),
      file,
      'places',
    ),
    placesByName: placesByName(places),
    authorities: spec.authorities
      ? {
          weight: spec.authorities.weight,
          of: new Set(spec.authorities.of),
          prefixes: wordsOf(spec.authorities.prefixes, file, 'authorities.prefixes'),
        }
      : null,
  };
}

/** The first name is the one shown. */
function placeModel(place: PlaceSpec, file: string, key: string): PlaceModel {
  return {
    id: place.id,
    name: place.names[0]!,
    weight: place.weight,
    ambiguous: place.ambiguous,
    nameKeys: wordsOf(place.names, file, `${key}.names`).map((words) => words.join(' ')),
    notAfter: wordsOf(place.not_after, file, `${key}.not_after`),
    notBefore: wordsOf(place.not_before, file, `${key}.not_before`),
    qualifiers: place.qualifiers ? wordsOf(place.qualifiers, file, `${key}.qualifiers`) : null,
  };
}

function placesByName(places: PlaceModel[]): Map<string, PlaceModel[]> {
  const byName = new Map<string, PlaceModel[]>();
  for (const place of places) {
    for (const key of new Set(place.nameKeys)) byName.set(key, [...(byName.get(key) ?? []), place]);
  }
  return byName;
}

export interface NamesMatcher {
  node: QueryNode;
  matcher: QueryMatcher;
}

/** Names as exact phrases: matched as written, case-insensitively. */
function namesMatcher(names: readonly string[], file: string, key: string): NamesMatcher {
  const children: QueryNode[] = wordsOf(names, file, key).map((words) => ({
    type: 'phrase',
    words: [...words],
    exact: true,
    field: null,
  }));
  const node: QueryNode = children.length === 1 ? children[0]! : { type: 'or', children };
  return { node, matcher: compileMatcher(node) };
}

function wordsOf(names: readonly string[], file: string, key: string): Words[] {
  return names.map((name, i) => {
    const words = analyseField(name).exact;
    if (words.length === 0) throw new RulesFileError(file, `${key}.${i}`, `"${name}" holds no word`);
    return words;
  });
}
