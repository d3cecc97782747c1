// The statistics of spike detection: a one-sided Poisson test (how likely is a count this high
// if the baseline rate still held?) and a z-score for people to read.

/** ln Γ(x) for x > 0 (Lanczos, g = 7): ample precision for count statistics. */
function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function logTerm(i: number, lambda: number): number {
  return -lambda + i * Math.log(lambda) - lnGamma(i + 1);
}

/** P(X ≥ k) for X ~ Poisson(lambda). */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  if (k > lambda) {
    // Above the mean the terms fall: sum upwards from k until they stop mattering.
    let term = Math.exp(logTerm(k, lambda));
    let sum = term;
    for (let i = k; i < k + 100_000 && term > sum * 1e-17; i++) {
      term *= lambda / (i + 1);
      sum += term;
    }
    return Math.min(1, sum);
  }
  let below = 0;
  for (let i = 0; i < k; i++) below += Math.exp(logTerm(i, lambda));
  return Math.max(0, 1 - below);
}

export interface BaselineStats {
  mean: number;
  /** Rate used for the test: the mean smoothed by one pseudo-window of one count, so an empty baseline is not a zero rate. */
  rate: number;
  sd: number;
}

export function baselineStats(counts: number[]): BaselineStats {
  const n = counts.length;
  const total = counts.reduce((a, b) => a + b, 0);
  const mean = n > 0 ? total / n : 0;
  const variance = n > 1 ? counts.reduce((a, c) => a + (c - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, rate: (total + 1) / (n + 1), sd: Math.sqrt(variance) };
}

/** (count − mean) / sd, with sd at least √rate (Poisson) and 1, so quiet baselines do not explode it. */
export function zScore(count: number, stats: BaselineStats): number {
  const sd = Math.max(stats.sd, Math.sqrt(stats.rate), 1);
  return (count - stats.mean) / sd;
}
