import { describe, expect, it } from 'vitest';
import { baselineStats, poissonUpperTail, testWindow, zScore } from '../src/index.ts';

const settings = { minCountHour: 5, minCountDay: 15, pValue: 0.001, minRatio: 2 };

describe('Poisson tail', () => {
  it('matches hand-computed values', () => {
    // P(X ≥ 5 | λ = 1) = 1 − e^−1 (1 + 1 + 1/2 + 1/6 + 1/24)
    const expected = 1 - Math.exp(-1) * (1 + 1 + 0.5 + 1 / 6 + 1 / 24);
    expect(poissonUpperTail(5, 1)).toBeCloseTo(expected, 12);
    // P(X ≥ 1 | λ = 2) = 1 − e^−2
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    expect(poissonUpperTail(0, 3)).toBe(1);
  });

  it('stays finite and monotone for large counts', () => {
    const a = poissonUpperTail(900, 500);
    const b = poissonUpperTail(1000, 500);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeLessThan(a);
    expect(poissonUpperTail(400, 500)).toBeGreaterThan(0.99);
  });

  it('smooths an empty baseline instead of dividing by zero', () => {
    const stats = baselineStats([0, 0, 0]);
    expect(stats.mean).toBe(0);
    expect(stats.rate).toBeCloseTo(0.25);
    expect(zScore(5, stats)).toBe(5);
  });
});

describe('spike test of a window', () => {
  const quiet = [1, 0, 2, 1, 1, 0, 1, 2, 1, 0, 1, 1];

  it('flags an hour far above the previous twelve', () => {
    const finding = testWindow('hour', [...quiet, 12], settings);
    expect(finding).not.toBeNull();
    expect(finding!.count).toBe(12);
    expect(finding!.baselineMean).toBeCloseTo(11 / 12);
    expect(finding!.pValue).toBeLessThan(0.001);
  });

  it('needs the minimum count, the ratio and the probability', () => {
    expect(testWindow('hour', [...quiet, 4], settings)).toBeNull(); // below minCountHour
    const busy = Array(12).fill(20);
    expect(testWindow('hour', [...busy, 30], settings)).toBeNull(); // below 2× the mean
    expect(testWindow('day', [...Array(14).fill(10), 16], settings)).toBeNull(); // not rare enough
    expect(testWindow('day', [...Array(14).fill(10), 40], settings)?.window).toBe('day');
  });
});
