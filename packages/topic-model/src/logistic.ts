// Binary logistic regression with L2 regularisation, trained by stochastic gradient descent
// (Bottou's schedule η_t = η0 / (1 + λ η0 t), the weight vector kept as scale × vector so the
// decay costs O(1) per step). Classes are weighted to balance, so 0.5 is the undecided point —
// which is what combining with the rules in log-odds assumes (combine.ts). Deterministic: the
// example order comes from a seeded generator.
import type { SparseVector } from './vectorize.ts';

export interface LogisticOptions {
  /** L2 strength. */
  lambda: number;
  epochs: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = {
  lambda: 1e-4,
  epochs: 30,
  learningRate: 0.5,
  seed: 7,
};

export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function decision(model: LogisticModel, x: SparseVector): number {
  let z = model.bias;
  for (let k = 0; k < x.indices.length; k++) z += model.weights[x.indices[k]!]! * x.values[k]!;
  return z;
}

export function trainLogistic(
  vectors: SparseVector[],
  labels: boolean[],
  dimensions: number,
  options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): LogisticModel {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  const weight = (label: boolean) => labels.length / (2 * Math.max(1, label ? positives : negatives));
  const v = new Float64Array(dimensions);
  let scale = 1;
  let bias = 0;
  let step = 0;
  const random = mulberry32(options.seed);
  const order = labels.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = vectors[i]!;
      const eta = options.learningRate / (1 + options.lambda * options.learningRate * step++);
      let z = bias;
      for (let k = 0; k < x.indices.length; k++) z += scale * v[x.indices[k]!]! * x.values[k]!;
      const gradient = (sigmoid(z) - (labels[i] ? 1 : 0)) * weight(labels[i]!);
      scale *= 1 - eta * options.lambda;
      if (scale < 1e-9) scale = rescale(v, scale);
      const change = (eta * gradient) / scale;
      for (let k = 0; k < x.indices.length; k++) {
        const j = x.indices[k]!;
        v[j] = v[j]! - change * x.values[k]!;
      }
      bias -= eta * gradient;
    }
  }
  return { weights: v.map((value) => value * scale), bias };
}

function rescale(v: Float64Array, scale: number): number {
  for (let j = 0; j < v.length; j++) v[j] = v[j]! * scale;
  return 1;
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
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
