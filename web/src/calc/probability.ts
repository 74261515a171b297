/**
 * Liquidation probability shown to players (RULES.md, MECHANICS §6.1): first passage of GBM to the
 * liquidation price within a horizon, continuous monitoring, optional Broadie–Glasserman–Kou shift for
 * discrete monitoring. Floats: this is a model for display, not money. Year = 365 days; σ and μ annual.
 */
export const SECONDS_PER_YEAR = 365 * 86_400;
const BGK_BETA = 0.5825971579390106; // −ζ(1/2)/√(2π)
const LN_SQRT_2PI = 0.9189385332046728;

/** Standard normal density. */
export const normalPdf = (x: number): number => Math.exp(-0.5 * x * x - LN_SQRT_2PI);

/** Mills-ratio continued fraction R(t) = Φ(−t)/φ(t) for t > 0 (modified Lentz), accurate for t ≥ 3. */
function millsRatio(t: number): number {
  // R(t) = 1/(t + 1/(t + 2/(t + 3/(t + …))))
  const tiny = 1e-300;
  let f = t;
  let c = t;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    d = t + k * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = t + k / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}

/** log Φ(x), stable far into the lower tail. */
export function logNormalCdf(x: number): number {
  if (x < -3) return -0.5 * x * x - LN_SQRT_2PI + Math.log(millsRatio(-x));
  return Math.log(normalCdf(x));
}

/** Standard normal CDF Φ(x): power series near 0, continued fraction in the tails (|error| < 1e-14). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < -3) return normalPdf(x) * millsRatio(-x);
  if (x > 3) return 1 - normalPdf(x) * millsRatio(x);
  // Φ(x) = 1/2 + φ(x) (x + x³/3 + x⁵/(3·5) + …)
  let term = x;
  let sum = x;
  for (let k = 1; k < 200; k++) {
    term *= (x * x) / (2 * k + 1);
    sum += term;
    if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
  }
  return 0.5 + normalPdf(x) * sum;
}

export interface FirstPassageInput {
  /** Current mark price S0 > 0. */
  readonly mark: number;
  /** Barrier (the liquidation price, not bankruptcy). */
  readonly barrier: number;
  /** Annualised volatility σ ≥ 0. */
  readonly sigma: number;
  /** Annualised drift μ (default 0); ν = μ − σ²/2 internally. */
  readonly mu?: number;
  readonly horizonSeconds: number;
  /** Discrete monitoring interval; 0/absent = continuous. */
  readonly monitoringSeconds?: number;
}

/** exp(BGK β σ √Δt): the barrier moves away from S by this factor for discrete monitoring. */
export function barrierShiftFactor(sigma: number, monitoringSeconds: number): number {
  if (monitoringSeconds <= 0) return 1;
  return Math.exp(-BGK_BETA * sigma * Math.sqrt(monitoringSeconds / SECONDS_PER_YEAR));
}

/**
 * P(the GBM path touches the barrier within the horizon). The side is implied: barrier below mark = lower
 * barrier (a long's liquidation), above = upper (a short's). A barrier at the mark gives 1.
 */
export function firstPassageProbability(i: FirstPassageInput): number {
  const { mark, sigma } = i;
  const mu = i.mu ?? 0;
  const t = i.horizonSeconds / SECONDS_PER_YEAR;
  if (!(mark > 0) || !(i.barrier > 0)) return i.barrier <= 0 && mark > 0 ? 0 : NaN;
  const lower = i.barrier < mark;
  if (i.barrier === mark) return 1;
  if (t <= 0) return 0;
  const shift = barrierShiftFactor(sigma, i.monitoringSeconds ?? 0);
  const barrier = lower ? i.barrier * shift : i.barrier / shift;
  const b = Math.log(barrier / mark);
  const nu = mu - (sigma * sigma) / 2;
  if (sigma === 0) {
    const end = nu * t; // deterministic path S e^{νt}; monotone, so reaching b by T means end beyond b
    return lower ? (end <= b ? 1 : 0) : end >= b ? 1 : 0;
  }
  const sd = sigma * Math.sqrt(t);
  const s = lower ? 1 : -1; // mirror an upper barrier onto a lower one
  const z1 = (s * b - s * nu * t) / sd;
  const z2 = (s * b + s * nu * t) / sd;
  const expo = (2 * nu * b) / (sigma * sigma);
  const p = normalCdf(z1) + Math.exp(expo + logNormalCdf(z2));
  return Math.min(1, Math.max(0, p));
}

/** Liquidation odds for a position: longs fall to the LP, shorts rise to it; already crossed = 1. */
export function liquidationProbability(side: 'LONG' | 'SHORT', mark: number, liquidationPrice: number, sigma: number,
  horizonSeconds: number, mu = 0): number {
  if (side === 'LONG' ? mark <= liquidationPrice : mark >= liquidationPrice) return 1;
  return firstPassageProbability({ mark, barrier: liquidationPrice, sigma, mu, horizonSeconds });
}

/**
 * EWMA variance of 1-second log returns (RULES.md: half-life 5 game-minutes). Feed one return per game
 * second; returns the new per-second variance.
 */
export function ewmaVariance(prevVariance: number | null, logReturn: number, halfLifeSeconds = 300): number {
  const lambda = Math.pow(0.5, 1 / halfLifeSeconds);
  const r2 = logReturn * logReturn;
  return prevVariance === null ? r2 : lambda * prevVariance + (1 - lambda) * r2;
}

/** Per-second variance → annualised σ. */
export const annualisedSigma = (perSecondVariance: number): number => Math.sqrt(perSecondVariance * SECONDS_PER_YEAR);
