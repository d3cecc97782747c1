// The ScrapingHub article-extraction benchmark's own scoring (upstream evaluate.py at 4a3bc979):
// 4-token shingles counted as multisets per document, tp/fp/fn normalised per document, precision
// and recall macro-averaged over documents, F1 the harmonic mean of those two averages. Used by
// bench/extraction.bench.ts; the published figures of its reference outputs pin it in a test.

// Python's re `\w` in Unicode mode: letters and numbers of every script, and "_". Combining marks
// are not word characters, so decomposed text splits at accents, exactly as upstream.
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface ScoreSummary {
  f1: number;
  precision: number;
  recall: number;
  /** Share of documents whose token lists are exactly equal. */
  accuracy: number;
  documents: number;
}

export interface ScoreWithSpread extends ScoreSummary {
  /** Bootstrap standard deviations (resampling documents with replacement). */
  f1Std: number;
  precisionStd: number;
  recallStd: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // Fewer tokens than a shingle: the whole list is the one shingle, as upstream.
  if (tokens.length < SHINGLE) {
    counts.set(tokens.join('\u0001'), 1);
    return counts;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    // U+0001 cannot occur inside a token, so joined keys are as distinct as upstream's tuples.
    const key = `${tokens[i]}\u0001${tokens[i + 1]}\u0001${tokens[i + 2]}\u0001${tokens[i + 3]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn of one document's predicted body against the true one, normalised to sum to 1. */
export function matchShingles(truth: string, prediction: string): ShingleMatch {
  const want = shingles(tokenize(truth));
  const got = shingles(tokenize(prediction));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, t] of want) {
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fn += Math.max(0, t - p);
  }
  for (const [key, p] of got) fp += Math.max(0, p - (want.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Per-document F1 (for reports and error analysis; the benchmark's F1 is corpus-level). */
export function documentF1(match: ShingleMatch): number {
  const p = precisionOf(match);
  const r = recallOf(match);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function summarise(matches: ShingleMatch[], exact: boolean[]): ScoreSummary {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(exact.map((e) => (e ? 1 : 0)));
  return { f1, precision, recall, accuracy, documents: matches.length };
}

function sameTokens(a: string, b: string): boolean {
  const x = tokenize(a);
  const y = tokenize(b);
  return x.length === y.length && x.every((t, i) => t === y[i]);
}

/** Scores predicted bodies against true ones, pair by pair. */
export function scoreBodies(pairs: { truth: string; prediction: string }[]): ScoreSummary {
  return summarise(
    pairs.map((p) => matchShingles(p.truth, p.prediction)),
    pairs.map((p) => sameTokens(p.truth, p.prediction)),
  );
}

/** scoreBodies plus bootstrap spreads, with a seeded generator so reruns print the same figures. */
export function scoreBodiesWithSpread(
  pairs: { truth: string; prediction: string }[],
  resamples = 1000,
  seed = 1,
): ScoreWithSpread {
  const matches = pairs.map((p) => matchShingles(p.truth, p.prediction));
  const exact = pairs.map((p) => sameTokens(p.truth, p.prediction));
  const base = summarise(matches, exact);
  const random = mulberry32(seed);
  const samples: ScoreSummary[] = [];
  for (let r = 0; r < resamples && matches.length > 1; r++) {
    const picks = matches.map(() => Math.floor(random() * matches.length));
    samples.push(
      summarise(
        picks.map((i) => matches[i]!),
        picks.map((i) => exact[i]!),
      ),
    );
  }
  return {
    ...base,
    f1Std: stdev(samples.map((s) => s.f1)),
    precisionStd: stdev(samples.map((s) => s.precision)),
    recallStd: stdev(samples.map((s) => s.recall)),
  };
}

function stdev(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
