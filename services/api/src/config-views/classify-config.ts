// Read-only views of the classifier's configuration (config/topics, config/gazetteer) for the UI.
// The files are first loaded by the classifier itself (loadClassifierModel validates every file and
// compiles every query, exactly as the processor does), then read as YAML for what people read:
// labels, descriptions and the notes of rules.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadClassifierModel } from '@presswatch/classify';
import { parse as parseYaml } from 'yaml';

export interface ClassifyDirs {
  topicsDir: string;
  gazetteerDir: string;
}

export interface RuleView {
  query: string;
  weight: number;
  /** zones: a hit weighs by where it is (title, lead, body); document: the match is about the whole article. */
  scope: 'zones' | 'document';
  note: string | null;
}

export interface TopicView {
  id: string;
  names: { vi: string; en: string };
  description: string | null;
  threshold: number;
  zones: Record<string, number>;
  queries: RuleView[];
  exclusions: RuleView[];
}

export interface PlaceView {
  id: string;
  names: string[];
  kind: string | null;
  weight: number;
  ambiguous: boolean;
  note: string | null;
}

export interface ClassifyViews {
  topics: TopicView[];
  province: { id: string; name: string; threshold: number };
  places: PlaceView[];
}

type RawRule = { note?: string; whole_document?: boolean };
type RawTopic = { description?: string; rules?: RawRule[]; exclude?: RawRule[] };
type RawPlace = {
  id: string;
  names: string[];
  kind?: string;
  weight?: number;
  ambiguous?: boolean;
  note?: string;
};

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/u.test(name))
    .sort()
    .map((name) => join(dir, name));

const readYaml = <T>(file: string) => (parseYaml(readFileSync(file, 'utf8')) ?? {}) as T;

function rawTopics(dir: string): Map<string, RawTopic> {
  return new Map(
    yamlFiles(dir).map((file) => {
      const raw = readYaml<RawTopic & { topic?: string }>(file);
      return [raw.topic ?? basename(file).replace(/\.ya?ml$/u, ''), raw];
    }),
  );
}

const ruleViews = (rules: { query: string; weight: number; wholeDocument: boolean }[], raw: RawRule[] = []) =>
  rules.map(
    (rule, i): RuleView => ({
      query: rule.query.trim(),
      weight: rule.weight,
      scope: rule.wholeDocument ? 'document' : 'zones',
      note: raw[i]?.note ?? null,
    }),
  );

/** Loads and validates both directories (throws the classifier's RulesFileError when one is wrong). */
export function loadClassifyViews(dirs: ClassifyDirs): ClassifyViews {
  const paths = { topicsDir: resolve(dirs.topicsDir), gazetteerDir: resolve(dirs.gazetteerDir) };
  const model = loadClassifierModel(paths);
  const raw = rawTopics(paths.topicsDir);
  const topics = model.topics.map((topic): TopicView => {
    const file = raw.get(topic.topic) ?? {};
    return {
      id: topic.topic,
      names: { vi: topic.label.vi ?? topic.topic, en: topic.label.en ?? topic.label.vi ?? topic.topic },
      description: file.description ?? null,
      threshold: topic.threshold,
      zones: { ...topic.zones },
      queries: ruleViews(topic.rules, file.rules),
      exclusions: ruleViews(topic.exclude, file.exclude),
    };
  });
  const gazetteer = readYaml<{ places: RawPlace[] }>(yamlFiles(paths.gazetteerDir)[0]!);
  const weights = new Map(model.gazetteer.places.map((place) => [place.id, place]));
  const places = gazetteer.places.map(
    (place): PlaceView => ({
      id: place.id,
      names: place.names,
      kind: place.kind ?? null,
      weight: weights.get(place.id)?.weight ?? place.weight ?? 1,
      ambiguous: weights.get(place.id)?.ambiguous ?? false,
      note: place.note ?? null,
    }),
  );
  const { province, name, threshold } = model.gazetteer;
  return { topics, province: { id: province, name, threshold }, places };
}
