// Documents as sparse vectors over the training vocabulary: (1 + log count) × idf per feature,
// scaled to unit length, so long and short articles weigh alike.

export interface Vocabulary {
  /** Feature hash → column. */
  index: Map<number, number>;
  /** Inverse document frequency per column. */
  idf: Float64Array;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** Features in at least `minDf` documents, the `maxFeatures` most frequent of them. */
export function buildVocabulary(
  documents: Map<number, number>[],
  minDf: number,
  maxFeatures: number,
): Vocabulary {
  const df = new Map<number, number>();
  for (const counts of documents)
    for (const feature of counts.keys()) df.set(feature, (df.get(feature) ?? 0) + 1);
  const kept = [...df.entries()]
    .filter(([, n]) => n >= minDf)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, maxFeatures);
  const index = new Map<number, number>();
  const idf = new Float64Array(kept.length);
  kept.forEach(([feature, n], column) => {
    index.set(feature, column);
    idf[column] = Math.log((1 + documents.length) / (1 + n)) + 1;
  });
  return { index, idf };
}

export function vectorize(vocabulary: Vocabulary, counts: Map<number, number>): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const column = vocabulary.index.get(feature);
    if (column === undefined) continue;
    const value = (1 + Math.log(count)) * vocabulary.idf[column]!;
    indices.push(column);
    values.push(value);
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { indices: Int32Array.from(indices), values: Float64Array.from(values, (v) => v * scale) };
}
