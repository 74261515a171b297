import { describe, expect, it } from 'vitest';
import {
  annualisedSigma, barrierShiftFactor, ewmaVariance, firstPassageProbability, liquidationProbability, normalCdf,
} from '../src/calc';

const DAY = 86_400;

describe('normal CDF', () => {
  it('matches known values', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 14);
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 18);
    expect(normalCdf(-10) / 7.61985302416047e-24).toBeCloseTo(1, 10);
    expect(normalCdf(4)).toBeCloseTo(0.9999683287581669, 14);
  });
});

describe('GBM first passage (MECHANICS §6.1)', () => {
  // Reference values computed with mpmath at 40 digits (same as the engine's LiquidationProbabilityTest).
  it.each([
    [60000, 57000, 0.8, 0, 86400, 0.22629681645612029],
    [60000, 63000, 0.8, 0, 86400, 0.23804158889356121],
    [60000, 57000, 0.6, -3, 604800, 0.76496813689191368],
    [60000, 63000, 0.6, 2, 604800, 0.69060892737518702],
    [60000, 47690.76, 0.6, 0, 2592000, 0.20360443176201573],
  ])('S %d, B %d, σ %d, μ %d, T %ds', (mark, barrier, sigma, mu, t, expected) => {
    expect(firstPassageProbability({ mark, barrier, sigma, mu, horizonSeconds: t })).toBeCloseTo(expected, 12);
  });

  it('ν = 0 gives the reflection principle 2Φ(b/σ√T), both sides', () => {
    const sigma = 0.5;
    const mu = (sigma * sigma) / 2;
    const sd = sigma * Math.sqrt((2 * DAY) / (365 * DAY));
    const lower = firstPassageProbability({ mark: 100, barrier: 97, sigma, mu, horizonSeconds: 2 * DAY });
    const upper = firstPassageProbability({ mark: 100, barrier: 10000 / 97, sigma, mu, horizonSeconds: 2 * DAY });
    expect(lower).toBeCloseTo(2 * normalCdf(Math.log(0.97) / sd), 13);
    expect(upper).toBeCloseTo(lower, 13);
  });

  it('sanity: crossed = 1, zero horizon = 0, longer horizon ≥ shorter, BGK factor 0.99952', () => {
    expect(liquidationProbability('LONG', 47000, 47690.76, 0.6, 3600)).toBe(1);
    expect(liquidationProbability('SHORT', 53000, 52288.56, 0.6, 3600)).toBe(1);
    expect(firstPassageProbability({ mark: 100, barrier: 95, sigma: 0.8, horizonSeconds: 0 })).toBe(0);
    const h1 = liquidationProbability('LONG', 50000, 47690.76, 0.6, 3600);
    const h24 = liquidationProbability('LONG', 50000, 47690.76, 0.6, DAY);
    expect(h1).toBeGreaterThan(0);
    expect(h1).toBeLessThan(h24);
    expect(h24).toBeLessThan(1);
    expect(barrierShiftFactor(0.6, 60)).toBeCloseTo(0.99952, 5);
    expect(firstPassageProbability({ mark: 100, barrier: 98, sigma: 0.8, horizonSeconds: 4 * 3600, monitoringSeconds: 600 }))
      .toBeLessThan(firstPassageProbability({ mark: 100, barrier: 98, sigma: 0.8, horizonSeconds: 4 * 3600 }));
  });

  it('EWMA volatility of constant 1-second returns converges to that size', () => {
    let v: number | null = null;
    for (let i = 0; i < 5000; i++) v = ewmaVariance(v, i % 2 === 0 ? 1e-4 : -1e-4);
    expect(annualisedSigma(v!)).toBeCloseTo(1e-4 * Math.sqrt(365 * DAY), 6);
  });
});
